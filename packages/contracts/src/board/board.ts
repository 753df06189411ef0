import { z } from 'zod';
import { LocalizedText } from '../common/localized.js';

export const BOARD_SEATS = ['chair', 'deputy', 'secretary', 'member'] as const;
/** A member's seat on the board. */
export const BoardSeat = z.enum(BOARD_SEATS);
export type BoardSeat = z.infer<typeof BoardSeat>;

export const BOARD_SIDES = ['RU', 'CN', 'other'] as const;
/** The side a member represents. */
export const BoardSide = z.enum(BOARD_SIDES);
export type BoardSide = z.infer<typeof BoardSide>;

export const QUORUM_RULES = ['more_than_half', 'two_thirds'] as const;
/** How many of the seats entitled to vote on an item must vote for a quorum: more than half, or two thirds. */
export const QuorumRule = z.enum(QUORUM_RULES);
export type QuorumRule = z.infer<typeof QuorumRule>;

export const MAJORITY_RULES = ['simple_of_cast', 'two_thirds_of_seats', 'unanimity'] as const;
/**
 * What adopts a decision: more than half of the votes cast (abstentions count as cast), at least two
 * thirds of the seats entitled to vote, or every vote cast in favour with no vote against or abstention.
 */
export const MajorityRule = z.enum(MAJORITY_RULES);
export type MajorityRule = z.infer<typeof MajorityRule>;

export const DECISION_KINDS = ['ordinary', 'qualified', 'unanimous'] as const;
/** The kind of a decision: the board's rules say which majority each kind needs. */
export const DecisionKind = z.enum(DECISION_KINDS);
export type DecisionKind = z.infer<typeof DecisionKind>;

export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
export const VoteChoice = z.enum(VOTE_CHOICES);
export type VoteChoice = z.infer<typeof VoteChoice>;

export const MEETING_FORMS = ['in_person', 'online', 'absentee'] as const;
/** In person or online (the chair closes each item), or an absentee ballot (its deadline closes them). */
export const MeetingForm = z.enum(MEETING_FORMS);
export type MeetingForm = z.infer<typeof MeetingForm>;

export const BOARD_MEETING_STATES = ['draft', 'called', 'open', 'closed'] as const;
export const BoardMeetingState = z.enum(BOARD_MEETING_STATES);
export type BoardMeetingState = z.infer<typeof BoardMeetingState>;

export const ITEM_STATES = ['pending', 'open', 'closed'] as const;
export const ItemState = z.enum(ITEM_STATES);
export type ItemState = z.infer<typeof ItemState>;

export const SUBJECT_KINDS = ['status_policy', 'programme', 'agreement', 'organization'] as const;
/** What a decision concerns, when it concerns something on the platform. */
export const BoardSubject = z.object({ kind: z.enum(SUBJECT_KINDS), id: z.uuid() }).meta({ id: 'BoardSubject' });
export type BoardSubject = z.infer<typeof BoardSubject>;

export const BoardRules = z
  .object({
    quorum: QuorumRule,
    majorities: z.object({ ordinary: MajorityRule, qualified: MajorityRule, unanimous: MajorityRule }),
    /** On a tie under a simple majority, the chair's vote decides. */
    castingVote: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'BoardRules' });
export type BoardRules = z.infer<typeof BoardRules>;

export const BoardRulesBody = BoardRules.omit({ version: true })
  .extend({ version: z.number().int() })
  .meta({ id: 'BoardRulesBody' });
export type BoardRulesBody = z.infer<typeof BoardRulesBody>;

const Day = z.iso.date();

export const BoardMember = z
  .object({
    id: z.string(),
    userId: z.string(),
    displayName: z.string(),
    seat: BoardSeat,
    side: BoardSide,
    termFrom: z.string(),
    termTo: z.string().nullable(),
    /** Set when the member left the board; past members stay in the record. */
    leftAt: z.string().nullable(),
    current: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'BoardMember' });
export type BoardMember = z.infer<typeof BoardMember>;

export const BoardMemberList = z.object({ items: z.array(BoardMember) }).meta({ id: 'BoardMemberList' });
export type BoardMemberList = z.infer<typeof BoardMemberList>;

export const BoardMemberBody = z
  .object({ userId: z.uuid(), seat: BoardSeat, side: BoardSide, termFrom: Day, termTo: Day.nullable().default(null) })
  .meta({ id: 'BoardMemberBody' });
export type BoardMemberBody = z.infer<typeof BoardMemberBody>;

export const BoardMemberPatch = z
  .object({
    seat: BoardSeat.optional(),
    side: BoardSide.optional(),
    termTo: Day.nullable().optional(),
    /** Ends the membership now; the member stays in the record as a past member. */
    leave: z.boolean().optional(),
    version: z.number().int(),
  })
  .meta({ id: 'BoardMemberPatch' });
export type BoardMemberPatch = z.infer<typeof BoardMemberPatch>;

/** One sentence of a result's explanation: a message of the `board` texts with its parameters. */
export const ResultSentence = z
  .object({ key: z.string(), params: z.record(z.string(), z.union([z.number(), z.string()])) })
  .meta({ id: 'BoardResultSentence' });
export type ResultSentence = z.infer<typeof ResultSentence>;

export const RESULT_OUTCOMES = ['adopted', 'rejected', 'no_quorum'] as const;
export const ResultOutcome = z.enum(RESULT_OUTCOMES);
export type ResultOutcome = z.infer<typeof ResultOutcome>;

/** The result of an item's vote by the board's rules, with the computation shown. */
export const VoteResult = z
  .object({
    outcome: ResultOutcome,
    /** Current members on the item, less those who declared a conflict of interest. */
    seats: z.number().int(),
    conflicted: z.number().int(),
    voted: z.number().int(),
    for: z.number().int(),
    against: z.number().int(),
    abstain: z.number().int(),
    quorum: z.object({ rule: QuorumRule, required: z.number().int(), present: z.boolean() }),
    majority: z.object({ rule: MajorityRule, required: z.number().int(), reached: z.boolean() }),
    /** A tie under a simple majority: `for`/`against` when the chair's vote decided it, `none` when it did not. */
    casting: z.enum(['not_needed', 'for', 'against', 'none']),
    explanation: z.array(ResultSentence),
  })
  .meta({ id: 'BoardVoteResult' });
export type VoteResult = z.infer<typeof VoteResult>;

export const BoardItem = z
  .object({
    id: z.string(),
    meetingId: z.string(),
    position: z.number().int(),
    title: z.record(z.string(), z.string()),
    resolution: z.record(z.string(), z.string()),
    decisionKind: DecisionKind,
    subject: BoardSubject.nullable(),
    state: ItemState,
    /** The reader's own vote and declared conflict (members only). */
    myVote: VoteChoice.nullable(),
    myConflict: z.boolean(),
    /** Live while open; stored at close, and then never changes. */
    result: VoteResult.nullable(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: 'BoardItem' });
export type BoardItem = z.infer<typeof BoardItem>;

export const BoardItemBody = z
  .object({
    title: LocalizedText(300).refine((t) => Object.keys(t).length > 0),
    resolution: LocalizedText(10_000).refine((t) => Object.keys(t).length > 0),
    decisionKind: DecisionKind.default('ordinary'),
    subject: BoardSubject.nullable().default(null),
  })
  .meta({ id: 'BoardItemBody' });
export type BoardItemBody = z.infer<typeof BoardItemBody>;

export const BoardMeeting = z
  .object({
    id: z.string(),
    title: z.record(z.string(), z.string()),
    form: MeetingForm,
    state: BoardMeetingState,
    startsAt: z.string().nullable(),
    /** An absentee ballot's deadline: its items close then. */
    deadline: z.string().nullable(),
    calledAt: z.string().nullable(),
    items: z.array(BoardItem),
    version: z.number().int(),
  })
  .meta({ id: 'BoardMeeting' });
export type BoardMeeting = z.infer<typeof BoardMeeting>;

export const BoardMeetingList = z
  .object({ items: z.array(BoardMeeting.omit({ items: true })) })
  .meta({ id: 'BoardMeetingList' });
export type BoardMeetingList = z.infer<typeof BoardMeetingList>;

export const BoardMeetingBody = z
  .object({
    title: LocalizedText(300).refine((t) => Object.keys(t).length > 0),
    form: MeetingForm,
    startsAt: z.iso.datetime({ offset: true }).nullable().default(null),
    deadline: z.iso.datetime({ offset: true }).nullable().default(null),
  })
  .meta({ id: 'BoardMeetingBody' });
export type BoardMeetingBody = z.infer<typeof BoardMeetingBody>;

export const VersionBody = z.object({ version: z.number().int() }).meta({ id: 'BoardVersionBody' });
export type VersionBody = z.infer<typeof VersionBody>;

export const VoteBody = z.object({ choice: VoteChoice }).meta({ id: 'BoardVoteBody' });
export type VoteBody = z.infer<typeof VoteBody>;

export const ConflictBody = z
  .object({ declared: z.boolean(), note: z.string().trim().max(2000).default('') })
  .meta({ id: 'BoardConflictBody' });
export type ConflictBody = z.infer<typeof ConflictBody>;

/** An adopted item as a resolution, numbered per year ("2026/3"). */
export const BoardResolution = z
  .object({
    id: z.string(),
    number: z.string(),
    year: z.number().int(),
    title: z.record(z.string(), z.string()),
    text: z.record(z.string(), z.string()),
    adoptedAt: z.string(),
    publishedAt: z.string().nullable(),
    result: VoteResult,
  })
  .meta({ id: 'BoardResolution' });
export type BoardResolution = z.infer<typeof BoardResolution>;

export const BoardResolutionList = z.object({ items: z.array(BoardResolution) }).meta({ id: 'BoardResolutionList' });
export type BoardResolutionList = z.infer<typeof BoardResolutionList>;
