import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { boardConflicts, boardItems, boardMeetings, boardMembers, boardRules, boardVotes } from './board.tables.js';

export type MemberRow = typeof boardMembers.$inferSelect;
export type RulesRow = typeof boardRules.$inferSelect;
export type MeetingRow = typeof boardMeetings.$inferSelect;
export type ItemRow = typeof boardItems.$inferSelect;
export type VoteRow = typeof boardVotes.$inferSelect;
export type ConflictRow = typeof boardConflicts.$inferSelect;

export const BOARD_ID = 'supervisory';

export async function readRules(db: DbOrTx): Promise<RulesRow | null> {
  const [row] = await db.select().from(boardRules).where(eq(boardRules.id, BOARD_ID));
  return row ?? null;
}

/** Inserts the default rules unless they exist. */
export async function ensureRules(db: DbOrTx, now: Date): Promise<void> {
  await db
    .insert(boardRules)
    .values({
      id: BOARD_ID,
      quorum: 'more_than_half',
      majorities: { ordinary: 'simple_of_cast', qualified: 'two_thirds_of_seats', unanimous: 'unanimity' },
      castingVote: true,
      updatedAt: now,
    })
    .onConflictDoNothing();
}

export async function updateRules(
  db: DbOrTx,
  version: number,
  values: Pick<RulesRow, 'quorum' | 'majorities' | 'castingVote' | 'updatedAt'>,
): Promise<RulesRow | null> {
  const [row] = await db
    .update(boardRules)
    .set({ ...values, version: sql`${boardRules.version} + 1` })
    .where(and(eq(boardRules.id, BOARD_ID), eq(boardRules.version, version)))
    .returning();
  return row ?? null;
}

export const listMembers = (db: DbOrTx): Promise<MemberRow[]> =>
  db.select().from(boardMembers).orderBy(asc(boardMembers.termFrom), asc(boardMembers.id));

export async function findMember(db: DbOrTx, id: string): Promise<MemberRow | null> {
  const [row] = await db.select().from(boardMembers).where(eq(boardMembers.id, id));
  return row ?? null;
}

/** The member rows of a person that have not been left (at most one is current). */
export const membershipsOfUser = (db: DbOrTx, userId: string): Promise<MemberRow[]> =>
  db
    .select()
    .from(boardMembers)
    .where(and(eq(boardMembers.userId, userId), isNull(boardMembers.leftAt)));

/** Serialises changes to the composition (one current membership per person). */
export async function lockComposition(db: DbOrTx): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('board_members'))`);
}

export async function insertMember(db: DbOrTx, row: typeof boardMembers.$inferInsert): Promise<MemberRow> {
  const [created] = await db.insert(boardMembers).values(row).returning();
  return created as MemberRow;
}

export async function updateMember(
  db: DbOrTx,
  id: string,
  version: number,
  values: Partial<Pick<MemberRow, 'seat' | 'side' | 'termTo' | 'leftAt'>>,
): Promise<MemberRow | null> {
  const [row] = await db
    .update(boardMembers)
    .set({ ...values, version: sql`${boardMembers.version} + 1` })
    .where(and(eq(boardMembers.id, id), eq(boardMembers.version, version)))
    .returning();
  return row ?? null;
}

export const listMeetings = (db: DbOrTx): Promise<MeetingRow[]> =>
  db.select().from(boardMeetings).orderBy(desc(boardMeetings.createdAt), desc(boardMeetings.id));

export async function findMeeting(
  db: DbOrTx,
  id: string,
  options: { lock?: boolean } = {},
): Promise<MeetingRow | null> {
  const query = db.select().from(boardMeetings).where(eq(boardMeetings.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertMeeting(db: DbOrTx, row: typeof boardMeetings.$inferInsert): Promise<MeetingRow> {
  const [created] = await db.insert(boardMeetings).values(row).returning();
  return created as MeetingRow;
}

export async function setMeetingState(
  db: DbOrTx,
  id: string,
  from: string,
  values: Partial<Pick<MeetingRow, 'state' | 'calledAt' | 'updatedAt'>>,
): Promise<MeetingRow | null> {
  const [row] = await db
    .update(boardMeetings)
    .set({ ...values, version: sql`${boardMeetings.version} + 1` })
    .where(and(eq(boardMeetings.id, id), eq(boardMeetings.state, from)))
    .returning();
  return row ?? null;
}

export const itemsOf = (db: DbOrTx, meetingIds: readonly string[]): Promise<ItemRow[]> =>
  meetingIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(boardItems)
        .where(inArray(boardItems.meetingId, [...meetingIds]))
        .orderBy(asc(boardItems.position));

export async function findItem(db: DbOrTx, id: string, options: { lock?: boolean } = {}): Promise<ItemRow | null> {
  const query = db.select().from(boardItems).where(eq(boardItems.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function insertItem(db: DbOrTx, row: typeof boardItems.$inferInsert): Promise<ItemRow> {
  const [created] = await db.insert(boardItems).values(row).returning();
  return created as ItemRow;
}

export async function openItems(db: DbOrTx, meetingId: string): Promise<void> {
  await db
    .update(boardItems)
    .set({ state: 'open', version: sql`${boardItems.version} + 1` })
    .where(and(eq(boardItems.meetingId, meetingId), eq(boardItems.state, 'pending')));
}

export async function closeItem(
  db: DbOrTx,
  id: string,
  values: Pick<ItemRow, 'result' | 'closedAt' | 'resolutionYear' | 'resolutionNumber'>,
): Promise<ItemRow | null> {
  const [row] = await db
    .update(boardItems)
    .set({ ...values, state: 'closed', version: sql`${boardItems.version} + 1` })
    .where(and(eq(boardItems.id, id), eq(boardItems.state, 'open')))
    .returning();
  return row ?? null;
}

/** The next resolution number of a year, under a lock on that year's numbering. */
export async function nextResolutionNumber(db: DbOrTx, year: number): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`board_resolutions:${year}`}))`);
  const [row] = await db
    .select({ n: sql<number>`coalesce(max(${boardItems.resolutionNumber}), 0)::int` })
    .from(boardItems)
    .where(eq(boardItems.resolutionYear, year));
  return (row?.n ?? 0) + 1;
}

export async function publishItem(db: DbOrTx, id: string, now: Date): Promise<ItemRow | null> {
  const [row] = await db
    .update(boardItems)
    .set({ publishedAt: now, version: sql`${boardItems.version} + 1` })
    .where(and(eq(boardItems.id, id), isNotNull(boardItems.resolutionNumber), isNull(boardItems.publishedAt)))
    .returning();
  return row ?? null;
}

export const publishedResolutions = (db: DbOrTx): Promise<ItemRow[]> =>
  db
    .select()
    .from(boardItems)
    .where(isNotNull(boardItems.publishedAt))
    .orderBy(desc(boardItems.resolutionYear), desc(boardItems.resolutionNumber));

export const votesOf = (db: DbOrTx, itemIds: readonly string[]): Promise<VoteRow[]> =>
  itemIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(boardVotes)
        .where(inArray(boardVotes.itemId, [...itemIds]));

export const conflictsOf = (db: DbOrTx, itemIds: readonly string[]): Promise<ConflictRow[]> =>
  itemIds.length === 0
    ? Promise.resolve([])
    : db
        .select()
        .from(boardConflicts)
        .where(inArray(boardConflicts.itemId, [...itemIds]));

/** One vote per member and item: a second vote replaces the first (two sent at once count once). */
export async function upsertVote(db: DbOrTx, row: typeof boardVotes.$inferInsert): Promise<void> {
  await db
    .insert(boardVotes)
    .values(row)
    .onConflictDoUpdate({
      target: [boardVotes.itemId, boardVotes.memberId],
      set: { choice: row.choice, votedAt: row.votedAt },
    });
}

export async function setConflict(
  db: DbOrTx,
  row: typeof boardConflicts.$inferInsert,
  declared: boolean,
): Promise<void> {
  if (!declared) {
    await db
      .delete(boardConflicts)
      .where(and(eq(boardConflicts.itemId, row.itemId), eq(boardConflicts.memberId, row.memberId)));
    return;
  }
  await db
    .insert(boardConflicts)
    .values(row)
    .onConflictDoUpdate({ target: [boardConflicts.itemId, boardConflicts.memberId], set: { note: row.note } });
  // A conflicted member does not vote on the item: a vote given before the declaration is withdrawn.
  await db.delete(boardVotes).where(and(eq(boardVotes.itemId, row.itemId), eq(boardVotes.memberId, row.memberId)));
}
