import type { LocalizedText, MajorityRule, VoteResult } from '@innobridge/contracts';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const localized = (name: string) => jsonb(name).$type<LocalizedText>().notNull().default({});

/**
 * The supervisory board's rules (one row, id `supervisory`): the quorum, the majority each kind of
 * decision needs, and whether the chair's vote decides a tie under a simple majority.
 */
export const boardRules = pgTable('board_rules', {
  id: text('id').primaryKey(),
  /** more_than_half, two_thirds */
  quorum: text('quorum').notNull().default('more_than_half'),
  majorities: jsonb('majorities')
    .$type<{ ordinary: MajorityRule; qualified: MajorityRule; unanimous: MajorityRule }>()
    .notNull(),
  castingVote: boolean('casting_vote').notNull().default(true),
  version: integer('version').notNull().default(1),
  updatedAt: ts('updated_at').notNull(),
});

/**
 * The board's members, present and past: a member who leaves keeps the row with `leftAt`, so the record
 * says who sat on the board when. Seats: chair, deputy, secretary, member; sides: RU, CN, other.
 */
export const boardMembers = pgTable(
  'board_members',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    seat: text('seat').notNull(),
    side: text('side').notNull(),
    termFrom: date('term_from', { mode: 'string' }).notNull(),
    termTo: date('term_to', { mode: 'string' }),
    leftAt: ts('left_at'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('board_members_user_idx').on(t.userId)],
);

/**
 * A meeting of the board: in person, online, or an absentee ballot whose `deadline` closes its items.
 * draft → called (members notified) → open → closed.
 */
export const boardMeetings = pgTable(
  'board_meetings',
  {
    id: uuid('id').primaryKey(),
    title: localized('title'),
    /** in_person, online, absentee */
    form: text('form').notNull(),
    /** draft, called, open, closed */
    state: text('state').notNull().default('draft'),
    startsAt: ts('starts_at'),
    deadline: ts('deadline'),
    calledAt: ts('called_at'),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('board_meetings_state_idx').on(t.state, t.deadline)],
);

/**
 * An item of a meeting's agenda: its title and proposed resolution in one to three languages, the kind
 * of decision (which majority), optionally what it concerns. `result` is stored when it closes and never
 * changes after; an adopted item becomes a resolution numbered per year (`resolutionYear`/`resolutionNumber`).
 */
export const boardItems = pgTable(
  'board_items',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => boardMeetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: localized('title'),
    resolution: localized('resolution'),
    /** ordinary, qualified, unanimous */
    decisionKind: text('decision_kind').notNull(),
    /** status_policy, programme, agreement, organization */
    subjectKind: text('subject_kind'),
    subjectId: uuid('subject_id'),
    /** pending, open, closed */
    state: text('state').notNull().default('pending'),
    result: jsonb('result').$type<VoteResult>(),
    closedAt: ts('closed_at'),
    resolutionYear: integer('resolution_year'),
    resolutionNumber: integer('resolution_number'),
    publishedAt: ts('published_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('board_items_meeting_idx').on(t.meetingId, t.position),
    uniqueIndex('board_items_resolution_number_idx').on(t.resolutionYear, t.resolutionNumber),
  ],
);

/** A member's declaration of a conflict of interest on an item: the member neither votes nor counts. */
export const boardConflicts = pgTable(
  'board_conflicts',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => boardItems.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => boardMembers.id),
    note: text('note').notNull().default(''),
    declaredAt: ts('declared_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId] })],
);

/** A member's vote on an item: one row per member and item, changed until the item closes. */
export const boardVotes = pgTable(
  'board_votes',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => boardItems.id, { onDelete: 'cascade' }),
    memberId: uuid('member_id')
      .notNull()
      .references(() => boardMembers.id),
    /** for, against, abstain */
    choice: text('choice').notNull(),
    votedAt: ts('voted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.memberId] })],
);
