import { and, count, desc, eq, gt, ilike, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { isSmallTable, searchingText, searchQuery } from '../../db/full-text.js';
import { invitations, organizationMembers, organizations } from './organizations.tables.js';
import type { OrganizationFilter } from './organizations.types.js';

export type OrganizationRow = typeof organizations.$inferSelect;
export type MemberRow = typeof organizationMembers.$inferSelect;
export type InvitationRow = typeof invitations.$inferSelect;

export async function insertOrganization(db: DbOrTx, row: typeof organizations.$inferInsert): Promise<void> {
  await db.insert(organizations).values(row);
}

export async function findOrganization(db: DbOrTx, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id));
  return row;
}

/** Locks the organisation's row for the rest of the transaction (membership changes). */
export async function lockOrganization(db: DbOrTx, id: string): Promise<OrganizationRow | undefined> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).for('update');
  return row;
}

export async function findByLegalId(db: DbOrTx, jurisdiction: OrganizationRow['jurisdiction'], legalId: string) {
  const [row] = await db
    .select()
    .from(organizations)
    .where(and(eq(organizations.jurisdiction, jurisdiction), eq(organizations.legalId, legalId)));
  return row;
}

export async function updateOrganization(db: DbOrTx, id: string, patch: Partial<typeof organizations.$inferInsert>) {
  const [row] = await db.update(organizations).set(patch).where(eq(organizations.id, id)).returning();
  return row;
}

/** Organisations newest first; only those with one of `statuses` when given. */
export async function listOrganizations(
  db: DbOrTx,
  after: { createdAt: Date; id: string } | null,
  limit: number,
  statuses?: readonly string[],
) {
  return db
    .select()
    .from(organizations)
    .where(
      and(
        statuses ? inArray(organizations.status, [...statuses]) : undefined,
        after
          ? or(
              lt(organizations.createdAt, after.createdAt),
              and(eq(organizations.createdAt, after.createdAt), lt(organizations.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(organizations.createdAt), desc(organizations.id))
    .limit(limit);
}

// members

export async function findMember(db: DbOrTx, organizationId: string, userId: string): Promise<MemberRow | undefined> {
  const [row] = await db
    .select()
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)));
  return row;
}

export async function listMembers(db: DbOrTx, organizationId: string): Promise<MemberRow[]> {
  return db
    .select()
    .from(organizationMembers)
    .where(eq(organizationMembers.organizationId, organizationId))
    .orderBy(organizationMembers.joinedAt);
}

/** Adds a member unless they already are one; returns whether they were added. */
export async function insertMember(db: DbOrTx, row: typeof organizationMembers.$inferInsert): Promise<boolean> {
  const rows = await db.insert(organizationMembers).values(row).onConflictDoNothing().returning();
  return rows.length === 1;
}

export async function updateMemberRole(db: DbOrTx, organizationId: string, userId: string, role: MemberRow['role']) {
  const [row] = await db
    .update(organizationMembers)
    .set({ role })
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)))
    .returning();
  return row;
}

export async function deleteMember(db: DbOrTx, organizationId: string, userId: string): Promise<boolean> {
  const rows = await db
    .delete(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)))
    .returning();
  return rows.length === 1;
}

export async function countAdmins(db: DbOrTx, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.role, 'admin')));
  return Number(row?.n ?? 0);
}

export async function membershipsOfUser(db: DbOrTx, userId: string) {
  return db
    .select({ organizationId: organizations.id, organizationName: organizations.name, role: organizationMembers.role })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(organizationMembers.joinedAt);
}

/** The organisations a person belongs to, with the person's role and each one's status, in one statement. */
export async function memberOrganizationsOfUser(db: DbOrTx, userId: string) {
  return db
    .select({
      organizationId: organizations.id,
      name: organizations.name,
      jurisdiction: organizations.jurisdiction,
      status: organizations.status,
      statusSince: organizations.statusSince,
      role: organizationMembers.role,
    })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(organizationMembers.joinedAt);
}

// invitations

export async function insertInvitation(db: DbOrTx, row: typeof invitations.$inferInsert): Promise<void> {
  await db.insert(invitations).values(row);
}

export async function findInvitationByTokenHash(db: DbOrTx, tokenHash: string): Promise<InvitationRow | undefined> {
  const [row] = await db.select().from(invitations).where(eq(invitations.tokenHash, tokenHash));
  return row;
}

export async function listPendingInvitations(db: DbOrTx, organizationId: string, now: Date): Promise<InvitationRow[]> {
  return db
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .orderBy(desc(invitations.createdAt));
}

/** Marks an invitation accepted or revoked, only if it is still open; returns whether it was. */
export async function closeInvitation(
  db: DbOrTx,
  id: string,
  organizationId: string,
  how: { acceptedAt: Date } | { revokedAt: Date },
): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set(how)
    .where(
      and(
        eq(invitations.id, id),
        eq(invitations.organizationId, organizationId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    )
    .returning({ id: invitations.id });
  return rows.length === 1;
}

// cluster status (changed by the registry module through this module's index)

/** Sets the status only if it still is the one the caller saw; returns whether it changed. */
export async function compareAndSetStatus(
  db: DbOrTx,
  id: string,
  expected: string,
  next: string,
  at: Date,
): Promise<boolean> {
  const rows = await db
    .update(organizations)
    .set({ status: next, statusSince: at, updatedAt: at })
    .where(and(eq(organizations.id, id), eq(organizations.status, expected)))
    .returning({ id: organizations.id });
  return rows.length === 1;
}

export async function adminUserIds(db: DbOrTx, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.role, 'admin')));
  return rows.map((r) => r.userId);
}

export async function memberUserIds(db: DbOrTx, organizationId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: organizationMembers.userId })
    .from(organizationMembers)
    .where(eq(organizationMembers.organizationId, organizationId));
  return rows.map((r) => r.userId);
}

// organisations matching a filter, with counts (the registry's public list is one caller, ADR 0020)

const searchVector = sql`search_vector`;

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Organisations in one of the places; with "other", those whose own text is that text. */
function placeCondition(place: NonNullable<OrganizationFilter['place']>) {
  const listed = place.codes.length ? inArray(organizations.place, place.codes) : undefined;
  const other = place.otherText
    ? and(eq(organizations.place, 'other'), ilike(organizations.city, `%${escapeLike(place.otherText)}%`))
    : undefined;
  return or(listed, other) ?? sql`false`;
}

function filterConditions(filter: OrganizationFilter, omit: 'status' | 'jurisdiction' | null = null) {
  const statuses = omit !== 'status' && filter.status ? [filter.status] : [...filter.statuses];
  return and(
    inArray(organizations.status, statuses),
    filter.jurisdiction && omit !== 'jurisdiction'
      ? eq(organizations.jurisdiction, filter.jurisdiction as 'RU')
      : undefined,
    filter.type ? eq(organizations.type, filter.type) : undefined,
    filter.place ? placeCondition(filter.place) : undefined,
    // The area or one of its sub-areas (`<domain>.<area>`).
    filter.area
      ? sql`exists (select 1 from unnest(${organizations.areas}) as a where a = ${filter.area} or a like ${`${escapeLike(filter.area)}.%`})`
      : undefined,
    filter.query ? sql`${searchVector} @@ ${searchQuery(filter.query)}` : undefined,
  );
}

/**
 * One page of the organisations matching the filter: by relevance when there is a query (keyset on
 * rank, id), else by how recently the status was given (keyset on status_since, id).
 */
export async function searchOrganizations(
  db: DbOrTx,
  filter: OrganizationFilter,
  after: { rank?: number; since?: string; id: string } | null,
  limit: number,
) {
  const rank = filter.query
    ? sql<number>`ts_rank(${searchVector}, ${searchQuery(filter.query)})::float8`
    : sql<number>`0::float8`;
  const since = sql`coalesce(${organizations.statusSince}, ${organizations.createdAt})`;
  const keyset = !after
    ? undefined
    : filter.query
      ? sql`(${rank} < ${after.rank} or (${rank} = ${after.rank} and ${organizations.id} > ${after.id}))`
      : sql`(${since} < ${after.since}::timestamptz or (${since} = ${after.since}::timestamptz and ${organizations.id} > ${after.id}))`;
  // Ordered by the selected rank's name: the expression written again would be computed again for
  // every match (its parameters are others, so PostgreSQL cannot tell it is the same).
  const page = (handle: DbOrTx) =>
    handle
      .select({ organization: organizations, rank: rank.as('rank') })
      .from(organizations)
      .where(and(filterConditions(filter), keyset))
      .orderBy(...(filter.query ? [sql`"rank" desc`, organizations.id] : [sql`${since} desc`, organizations.id]))
      .limit(limit);
  return searchingText(db, await usesTextIndex(db, filter), page);
}

/** A search with words in a table too large to scan whole. */
const usesTextIndex = async (db: DbOrTx, filter: OrganizationFilter) =>
  !!filter.query && !(await isSmallTable(db, 'organizations'));

/**
 * The total and the counts by status and by jurisdiction. A facet's counts ignore its own filter (to
 * show the alternatives); the counts whose conditions equal the page's share one scan.
 */
export async function countOrganizations(db: DbOrTx, filter: OrganizationFilter) {
  return searchingText(db, await usesTextIndex(db, filter), (handle) => countMatching(handle, filter));
}

async function countMatching(db: DbOrTx, filter: OrganizationFilter) {
  const statusFiltered = !!filter.status;
  const jurisdictionFiltered = !!filter.jurisdiction;
  const shared = (
    (await db.execute(
      sql`select status, jurisdiction, grouping(status) as gs, grouping(jurisdiction) as gj, count(*)::int as n
          from ${organizations} where ${filterConditions(filter)} group by grouping sets ((), (status), (jurisdiction))`,
    )) as unknown as { rows: { status: string; jurisdiction: string; gs: number; gj: number; n: number }[] }
  ).rows;
  const total = shared.find((r) => Number(r.gs) === 1 && Number(r.gj) === 1);
  const byStatus = statusFiltered
    ? await db
        .select({ key: organizations.status, n: count() })
        .from(organizations)
        .where(filterConditions(filter, 'status'))
        .groupBy(organizations.status)
    : shared.filter((r) => Number(r.gs) === 0).map((r) => ({ key: r.status, n: Number(r.n) }));
  const byJurisdiction = jurisdictionFiltered
    ? await db
        .select({ key: organizations.jurisdiction, n: count() })
        .from(organizations)
        .where(filterConditions(filter, 'jurisdiction'))
        .groupBy(organizations.jurisdiction)
    : shared.filter((r) => Number(r.gj) === 0).map((r) => ({ key: r.jurisdiction as 'RU', n: Number(r.n) }));
  return { total: Number(total?.n ?? 0), byStatus, byJurisdiction };
}

export async function findOrganizations(db: DbOrTx, ids: string[]): Promise<OrganizationRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(organizations).where(inArray(organizations.id, ids));
}

/** Names and types only: what a list of other things shows of their organisations. */
export async function findOrganizationNames(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: organizations.id, name: organizations.name, type: organizations.type })
    .from(organizations)
    .where(inArray(organizations.id, ids));
}

/** Organisations changed after the keyset `(updated_at, id)`, oldest first. */
export async function changedSince(
  db: DbOrTx,
  after: { at: Date; id: string } | null,
  limit: number,
): Promise<{ id: string; updatedAt: Date }[]> {
  return db
    .select({ id: organizations.id, updatedAt: organizations.updatedAt })
    .from(organizations)
    .where(
      after
        ? sql`(${organizations.updatedAt}, ${organizations.id}) > (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`
        : undefined,
    )
    .orderBy(organizations.updatedAt, organizations.id)
    .limit(limit);
}

export async function idsOfType(db: DbOrTx, type: string): Promise<string[]> {
  const rows = await db.select({ id: organizations.id }).from(organizations).where(eq(organizations.type, type));
  return rows.map((r) => r.id);
}
