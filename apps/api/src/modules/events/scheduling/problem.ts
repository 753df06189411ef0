/**
 * An instance checked and indexed for the solvers: every id resolved to an index, the slots each
 * request may take (both sides available), and the locks placed. An instance that contradicts itself
 * is refused here with every contradiction named.
 */
import { type Instance, type SchedulingConflict, SchedulingConflictError } from './scheduling.types.js';

/** "No limit" as a number the solvers can compare with. */
export const UNLIMITED = 1 << 30;

export interface Problem {
  instance: Instance;
  slotCount: number;
  participantCount: number;
  requestCount: number;
  sessionCount: number;
  /** Per slot: tables, and the index of its session. */
  tables: Int32Array;
  slotSession: Int32Array;
  /** Per participant: the limits (UNLIMITED when absent). */
  maxMeetings: Int32Array;
  maxPerSession: Int32Array;
  /** Per request: sides, weight, whether it takes a table, its booth, its lock. */
  a: Int32Array;
  b: Int32Array;
  weight: Float64Array;
  atTable: Uint8Array;
  booth: (string | undefined)[];
  lockedSlot: Int32Array;
  lockedTable: Int32Array;
  /** Per request: the slots in which both sides are available, ascending. */
  candidates: Int32Array[];
}

function indexIds(kind: string, items: { id: string }[], conflicts: SchedulingConflict[]): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, i) => {
    if (index.has(item.id)) {
      conflicts.push({ code: 'duplicate_id', message: `${kind} id "${item.id}" is used more than once` });
    } else index.set(item.id, i);
  });
  return index;
}

/** Resolves the ids and availability; the locks are checked by `checkLocks`. */
function resolve(instance: Instance, conflicts: SchedulingConflict[]): Problem {
  const { slots, participants, requests } = instance;
  const slotIndex = indexIds('slot', slots, conflicts);
  const participantIndex = indexIds('participant', participants, conflicts);
  indexIds('request', requests, conflicts);
  const S = slots.length;
  const sessions = new Map<string, number>();
  const slotSession = Int32Array.from(slots, (s) => {
    const key = s.session ?? '';
    if (!sessions.has(key)) sessions.set(key, sessions.size);
    return sessions.get(key) ?? 0;
  });
  const available = new Uint8Array(participants.length * S);
  participants.forEach((p, i) => {
    for (const slotId of p.available) {
      const s = slotIndex.get(slotId);
      if (s === undefined) {
        conflicts.push({
          code: 'unknown_slot',
          message: `participant "${p.id}" is available in slot "${slotId}", which does not exist`,
        });
      } else available[i * S + s] = 1;
    }
  });
  const R = requests.length;
  const problem: Problem = {
    instance,
    slotCount: S,
    participantCount: participants.length,
    requestCount: R,
    sessionCount: sessions.size,
    tables: Int32Array.from(slots, (s) => s.tables),
    slotSession,
    maxMeetings: Int32Array.from(participants, (p) => p.maxMeetings ?? UNLIMITED),
    maxPerSession: Int32Array.from(participants, (p) => p.maxMeetingsPerSession ?? UNLIMITED),
    a: new Int32Array(R),
    b: new Int32Array(R),
    weight: Float64Array.from(requests, (r) => r.priority ?? 1),
    atTable: new Uint8Array(R),
    booth: new Array<string | undefined>(R),
    lockedSlot: new Int32Array(R).fill(-1),
    lockedTable: new Int32Array(R),
    candidates: new Array<Int32Array>(R),
  };
  requests.forEach((r, i) => {
    const a = participantIndex.get(r.a);
    const b = participantIndex.get(r.b);
    for (const [side, found] of [
      [r.a, a],
      [r.b, b],
    ] as const) {
      if (found === undefined) {
        conflicts.push({
          code: 'unknown_participant',
          message: `request "${r.id}" names participant "${side}", who does not exist`,
        });
      }
    }
    if (r.a === r.b) {
      conflicts.push({ code: 'self_meeting', message: `request "${r.id}" asks "${r.a}" to meet themselves` });
    }
    problem.a[i] = a ?? 0;
    problem.b[i] = b ?? 0;
    const booth = a === undefined || b === undefined ? undefined : (participants[a]?.booth ?? participants[b]?.booth);
    problem.booth[i] = booth;
    problem.atTable[i] = booth === undefined ? 1 : 0;
    const candidates: number[] = [];
    if (a !== undefined && b !== undefined && a !== b) {
      for (let s = 0; s < S; s++) if (available[a * S + s] && available[b * S + s]) candidates.push(s);
    }
    problem.candidates[i] = Int32Array.from(candidates);
  });
  return problem;
}

/** Checks each lock against the instance and the other locks; places the valid ones in `problem`. */
function checkLocks(problem: Problem, conflicts: SchedulingConflict[]): void {
  const { slots, participants, requests } = problem.instance;
  const slotIndex = new Map(slots.map((s, i) => [s.id, i]));
  const S = problem.slotCount;
  const tableOwner = new Map<string, string>();
  const participantSlot = new Map<number, string>();
  const lockedCount = new Int32Array(problem.participantCount);
  const lockedSession = new Int32Array(problem.participantCount * problem.sessionCount);
  const tablesUsed = new Int32Array(S);
  requests.forEach((r, i) => {
    if (!r.locked) return;
    const s = slotIndex.get(r.locked.slot);
    if (s === undefined) {
      conflicts.push({
        code: 'unknown_slot',
        message: `request "${r.id}" is locked in slot "${r.locked.slot}", which does not exist`,
      });
      return;
    }
    const slot = slots[s];
    if (!slot) return;
    const table = r.locked.table;
    if (table !== undefined && problem.booth[i] !== undefined) {
      conflicts.push({
        code: 'table_at_booth',
        message: `request "${r.id}" is locked at table ${table}, but it takes place at booth "${problem.booth[i]}"`,
      });
    } else if (table !== undefined && (table < 1 || table > slot.tables)) {
      conflicts.push({
        code: 'table_out_of_range',
        message: `request "${r.id}" is locked at table ${table} of slot "${slot.id}", which has tables 1 to ${slot.tables}`,
      });
    } else if (table !== undefined) {
      const other = tableOwner.get(`${s}:${table}`);
      if (other !== undefined) {
        conflicts.push({
          code: 'table_taken',
          message: `requests "${other}" and "${r.id}" are both locked at table ${table} in slot "${slot.id}"`,
        });
      } else tableOwner.set(`${s}:${table}`, r.id);
    }
    const sides = [problem.a[i] ?? 0, problem.b[i] ?? 0];
    if (!problem.candidates[i]?.includes(s)) {
      for (const p of sides) {
        const participant = participants[p];
        if (participant && !participant.available.includes(slot.id)) {
          conflicts.push({
            code: 'locked_unavailable',
            message: `request "${r.id}" is locked in slot "${slot.id}", where participant "${participant.id}" is not available`,
          });
        }
      }
      return;
    }
    for (const p of sides) {
      const other = participantSlot.get(p * S + s);
      if (other !== undefined) {
        conflicts.push({
          code: 'participant_double_locked',
          message: `participant "${participants[p]?.id}" is locked into requests "${other}" and "${r.id}" in slot "${slot.id}"`,
        });
      } else participantSlot.set(p * S + s, r.id);
      lockedCount[p] = (lockedCount[p] ?? 0) + 1;
      const k = p * problem.sessionCount + (problem.slotSession[s] ?? 0);
      lockedSession[k] = (lockedSession[k] ?? 0) + 1;
    }
    if (problem.atTable[i]) tablesUsed[s] = (tablesUsed[s] ?? 0) + 1;
    problem.lockedSlot[i] = s;
    problem.lockedTable[i] = table ?? 0;
  });
  slots.forEach((slot, s) => {
    if ((tablesUsed[s] ?? 0) > slot.tables) {
      conflicts.push({
        code: 'tables_exceeded',
        message: `slot "${slot.id}" has ${tablesUsed[s]} locked meetings at tables but only ${slot.tables} tables`,
      });
    }
  });
  participants.forEach((p, i) => {
    const locked = lockedCount[i] ?? 0;
    if (p.maxMeetings !== undefined && locked > p.maxMeetings) {
      conflicts.push({
        code: 'max_meetings_exceeded',
        message: `participant "${p.id}" is locked into ${locked} meetings but allows at most ${p.maxMeetings}`,
      });
    }
    if (p.maxMeetingsPerSession === undefined) return;
    for (let k = 0; k < problem.sessionCount; k++) {
      const inSession = lockedSession[i * problem.sessionCount + k] ?? 0;
      if (inSession > p.maxMeetingsPerSession) {
        const session = slots.find((_, s) => problem.slotSession[s] === k)?.session ?? '';
        conflicts.push({
          code: 'max_meetings_per_session_exceeded',
          message: `participant "${p.id}" is locked into ${inSession} meetings in session "${session}" but allows at most ${p.maxMeetingsPerSession} per session`,
        });
      }
    }
  });
}

/** Indexes an instance (already shaped by `instanceSchema`); throws SchedulingConflictError if it contradicts itself. */
export function buildProblem(instance: Instance): Problem {
  const conflicts: SchedulingConflict[] = [];
  const problem = resolve(instance, conflicts);
  if (conflicts.length === 0) checkLocks(problem, conflicts);
  if (conflicts.length > 0) throw new SchedulingConflictError(conflicts);
  return problem;
}
