/**
 * The B2B meeting scheduler's instance and schedule. The instance is the JSON that
 * `npm run schedule -- <instance.json>` reads and that the events module builds from its tables;
 * the schedule is what both print or store. Times are ISO 8601 with an offset; the scheduler reads
 * only ids, tables, availability and the optional limits.
 */
import { z } from 'zod';

const id = z.string().min(1).max(200);
const count = z.number().int().min(0).max(1_000_000);

export const slotSchema = z.object({
  id,
  start: z.string().min(1).max(64),
  end: z.string().min(1).max(64),
  /** Tables in this slot, numbered 1..tables. */
  tables: count,
  /** The session (a morning, an afternoon) the slot belongs to, for `maxMeetingsPerSession`. */
  session: id.optional(),
});

export const participantSchema = z.object({
  id,
  /** The slots in which the participant can meet. */
  available: z.array(id).max(10_000),
  /** At most this many meetings in the whole event (no limit when absent). */
  maxMeetings: count.optional(),
  /** At most this many meetings in each session, to keep breaks (no limit when absent). */
  maxMeetingsPerSession: count.optional(),
  /** A fixed booth where the participant hosts all their meetings: these take no table. */
  booth: id.optional(),
});

export const requestSchema = z.object({
  id,
  a: id,
  b: id,
  /** Weight of the meeting in the objective; 1 when absent. */
  priority: z.number().int().min(1).max(1_000_000).optional(),
  /** The organiser's lock: the meeting stays in this slot (and at this table when given). */
  locked: z.object({ slot: id, table: z.number().int().min(-1_000_000).max(1_000_000).optional() }).optional(),
});

export const instanceSchema = z.object({
  slots: z.array(slotSchema).max(10_000),
  participants: z.array(participantSchema).max(1_000_000),
  requests: z.array(requestSchema).max(1_000_000),
});

export type Slot = z.infer<typeof slotSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type MeetingRequest = z.infer<typeof requestSchema>;
export type Instance = z.infer<typeof instanceSchema>;

/** A scheduled meeting: at a table (numbered from 1 in its slot) or at its host's booth. */
export type ScheduledMeeting =
  | { request: string; slot: string; table: number }
  | { request: string; slot: string; booth: string };

export interface ScheduleStats {
  /** Meetings scheduled. */
  scheduled: number;
  /** Total priority of the scheduled meetings: what the scheduler maximises. */
  priority: number;
  /** A proven bound on the total priority of any schedule of this instance. */
  upperBound: number;
  /** (upperBound - priority) / upperBound; 0 when the schedule is proven optimal. */
  gap: number;
  /** Which step found the schedule returned, and how the bound was proven. */
  method: 'greedy' | 'guided' | 'local-search' | 'milp';
  bound: 'milp' | 'lagrangian' | 'combinatorial';
  optimal: boolean;
  seconds: number;
}

export interface Schedule {
  meetings: ScheduledMeeting[];
  /** Requests left out, in the instance's order. */
  unscheduled: string[];
  stats: ScheduleStats;
}

export interface ScheduleOptions {
  /** Wall-clock budget for the whole run, in seconds (default 60). */
  timeLimitSeconds?: number;
  /** Skip the exact solver: greedy and local search only (for comparison and very large events). */
  heuristicOnly?: boolean;
  /** Called with a line after each step (time, total, bound), for diagnosis. */
  trace?: (line: string) => void;
}

/** One contradiction in an instance, with a stable code for the events module's errors. */
export interface SchedulingConflict {
  code:
    | 'duplicate_id'
    | 'unknown_slot'
    | 'unknown_participant'
    | 'self_meeting'
    | 'table_out_of_range'
    | 'table_at_booth'
    | 'locked_unavailable'
    | 'table_taken'
    | 'participant_double_locked'
    | 'tables_exceeded'
    | 'max_meetings_exceeded'
    | 'max_meetings_per_session_exceeded';
  message: string;
}

/** Thrown for an instance that contradicts itself; lists every contradiction found. */
export class SchedulingConflictError extends Error {
  constructor(readonly conflicts: SchedulingConflict[]) {
    super(conflicts.map((c) => c.message).join('\n'));
    this.name = 'SchedulingConflictError';
  }
}
