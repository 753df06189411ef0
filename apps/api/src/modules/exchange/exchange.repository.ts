import { and, count, desc, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { opportunities } from './exchange.tables.js';

export type OpportunityRow = typeof opportunities.$inferSelect;

export async function insertOpportunity(db: DbOrTx, row: typeof opportunities.$inferInsert): Promise<void> {
  await db.insert(opportunities).values(row);
}

export async function findOpportunity(db: DbOrTx, id: string): Promise<OpportunityRow | undefined> {
  const [row] = await db.select().from(opportunities).where(eq(opportunities.id, id));
  return row;
}

export async function findOpportunities(db: DbOrTx, ids: string[]): Promise<OpportunityRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(opportunities).where(inArray(opportunities.id, ids));
}

/** Applies a change only if the opportunity is still in the state and version the caller read. */
export async function compareAndSet(
  db: DbOrTx,
  id: string,
  seen: { state: OpportunityRow['state']; version: number },
  patch: Partial<typeof opportunities.$inferInsert>,
): Promise<OpportunityRow | undefined> {
  const [row] = await db
    .update(opportunities)
    .set({ ...patch, version: seen.version + 1 })
    .where(and(eq(opportunities.id, id), eq(opportunities.state, seen.state), eq(opportunities.version, seen.version)))
    .returning();
  return row;
}

export async function ofOrganizations(db: DbOrTx, organizationIds: string[]): Promise<OpportunityRow[]> {
  if (organizationIds.length === 0) return [];
  return db
    .select()
    .from(opportunities)
    .where(inArray(opportunities.organizationId, organizationIds))
    .orderBy(desc(opportunities.updatedAt));
}

export async function moderationQueue(db: DbOrTx, jurisdictions: string[]): Promise<OpportunityRow[]> {
  return db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.state, 'submitted'), inArray(opportunities.jurisdiction, jurisdictions as 'RU'[])))
    .orderBy(opportunities.updatedAt);
}

/** Published opportunities whose time is up. */
export async function dueForExpiry(db: DbOrTx, now: Date): Promise<OpportunityRow[]> {
  return db
    .select()
    .from(opportunities)
    .where(and(eq(opportunities.state, 'published'), lt(opportunities.expiresAt, now)))
    .limit(500);
}

/** Published opportunities expiring before `before` whose owners have not been reminded yet. */
export async function dueForReminder(db: DbOrTx, before: Date): Promise<OpportunityRow[]> {
  return db
    .select()
    .from(opportunities)
    .where(
      and(
        eq(opportunities.state, 'published'),
        lt(opportunities.expiresAt, before),
        isNull(opportunities.expiryReminderSentAt),
      ),
    )
    .limit(500);
}

// search

export type SearchFilter = {
  query?: { text: string; segmented: string };
  type?: string;
  jurisdiction?: string;
  area?: string;
  trl?: number;
  cooperationForm?: string;
};
type Facet = 'type' | 'jurisdiction' | 'area' | 'trl' | 'cooperationForm';

const vector = sql`search_vector`;
const tsQuery = (q: { text: string; segmented: string }) =>
  sql`(plainto_tsquery('russian', ${q.text}) || plainto_tsquery('english', ${q.text}) || plainto_tsquery('simple', ${q.segmented}))`;

function conditions(filter: SearchFilter, omit: Facet | null = null): SQL | undefined {
  return and(
    eq(opportunities.state, 'published'),
    filter.type && omit !== 'type' ? eq(opportunities.type, filter.type) : undefined,
    filter.jurisdiction && omit !== 'jurisdiction'
      ? eq(opportunities.jurisdiction, filter.jurisdiction as 'RU')
      : undefined,
    filter.area && omit !== 'area' ? sql`${filter.area} = any(${opportunities.areas})` : undefined,
    filter.trl && omit !== 'trl' ? eq(opportunities.trl, filter.trl) : undefined,
    filter.cooperationForm && omit !== 'cooperationForm'
      ? sql`${filter.cooperationForm} = any(${opportunities.cooperationForms})`
      : undefined,
    filter.query ? sql`${vector} @@ ${tsQuery(filter.query)}` : undefined,
  );
}

export async function search(
  db: DbOrTx,
  filter: SearchFilter,
  sort: 'relevance' | 'date',
  after: { rank?: number; publishedAt?: string; id: string } | null,
  limit: number,
) {
  const byRank = sort === 'relevance' && !!filter.query;
  const rank = filter.query
    ? sql<number>`ts_rank(${vector}, ${tsQuery(filter.query)})::float8`
    : sql<number>`0::float8`;
  const keyset = !after
    ? undefined
    : byRank
      ? sql`(${rank} < ${after.rank} or (${rank} = ${after.rank} and ${opportunities.id} > ${after.id}))`
      : or(
          lt(opportunities.publishedAt, new Date(after.publishedAt as string)),
          and(
            eq(opportunities.publishedAt, new Date(after.publishedAt as string)),
            sql`${opportunities.id} > ${after.id}`,
          ),
        );
  return db
    .select({ opportunity: opportunities, rank })
    .from(opportunities)
    .where(and(conditions(filter), keyset))
    .orderBy(...(byRank ? [sql`${rank} desc`, opportunities.id] : [desc(opportunities.publishedAt), opportunities.id]))
    .limit(limit);
}

/** Facet counts: each ignores its own filter, so a person sees what choosing another value gives. */
export async function facets(db: DbOrTx, filter: SearchFilter) {
  const [total] = await db.select({ n: count() }).from(opportunities).where(conditions(filter));
  const grouped = async (column: SQL, omit: Facet) =>
    (
      (await db.execute(
        sql`select ${column} as key, count(*)::int as n from ${opportunities} where ${conditions(filter, omit)} group by 1`,
      )) as unknown as { rows: { key: string | number | null; n: number }[] }
    ).rows;
  const [type, jurisdiction, area, trl, cooperationForm] = await Promise.all([
    grouped(sql`${opportunities.type}`, 'type'),
    grouped(sql`${opportunities.jurisdiction}`, 'jurisdiction'),
    grouped(sql`unnest(${opportunities.areas})`, 'area'),
    grouped(sql`${opportunities.trl}`, 'trl'),
    grouped(sql`unnest(${opportunities.cooperationForms})`, 'cooperationForm'),
  ]);
  const toRecord = (rows: { key: string | number | null; n: number }[]) =>
    Object.fromEntries(rows.filter((r) => r.key !== null).map((r) => [String(r.key), Number(r.n)]));
  return {
    total: Number(total?.n ?? 0),
    facets: {
      type: toRecord(type),
      jurisdiction: toRecord(jurisdiction),
      area: toRecord(area),
      trl: toRecord(trl),
      cooperationForm: toRecord(cooperationForm),
    },
  };
}
