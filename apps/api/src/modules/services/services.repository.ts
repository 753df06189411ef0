import { and, desc, eq, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.js';
import { serviceApplications, serviceForms, serviceProviders, serviceRatings, services } from './services.tables.js';

// The only SQL of providers, services and their forms; no rules here.

export type ProviderRow = typeof serviceProviders.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
export type FormRow = typeof serviceForms.$inferSelect;

// providers

export function listProviders(db: DbOrTx): Promise<ProviderRow[]> {
  return db.select().from(serviceProviders).orderBy(serviceProviders.kind, serviceProviders.createdAt);
}

export async function findProvider(db: DbOrTx, id: string): Promise<ProviderRow | null> {
  const [row] = await db.select().from(serviceProviders).where(eq(serviceProviders.id, id));
  return row ?? null;
}

export async function providersByIds(db: DbOrTx, ids: string[]): Promise<ProviderRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(serviceProviders).where(inArray(serviceProviders.id, ids));
}

/** The providers a person's organisations are, approved or revoked. */
export function providersOfOrganizations(db: DbOrTx, organizationIds: string[]): Promise<ProviderRow[]> {
  if (organizationIds.length === 0) return Promise.resolve([]);
  return db.select().from(serviceProviders).where(inArray(serviceProviders.organizationId, organizationIds));
}

export async function insertProvider(
  db: DbOrTx,
  row: typeof serviceProviders.$inferInsert,
): Promise<ProviderRow | null> {
  const [created] = await db.insert(serviceProviders).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

/** Changes a provider's state made on `version`; null when it changed meanwhile. */
export async function setProviderState(
  db: DbOrTx,
  id: string,
  version: number,
  change: { state: string; decidedBy: string; decidedAt: Date },
): Promise<ProviderRow | null> {
  const [row] = await db
    .update(serviceProviders)
    .set({ ...change, version: sql`${serviceProviders.version} + 1` })
    .where(and(eq(serviceProviders.id, id), eq(serviceProviders.version, version)))
    .returning();
  return row ?? null;
}

// services

export async function insertService(db: DbOrTx, row: typeof services.$inferInsert): Promise<ServiceRow> {
  const [created] = await db.insert(services).values(row).returning();
  return created as ServiceRow;
}

export async function findService(db: DbOrTx, id: string): Promise<ServiceRow | null> {
  const [row] = await db.select().from(services).where(eq(services.id, id));
  return row ?? null;
}

export async function updateServiceAt(
  db: DbOrTx,
  id: string,
  version: number,
  change: Partial<typeof services.$inferInsert>,
): Promise<ServiceRow | null> {
  const [row] = await db
    .update(services)
    .set({ ...change, version: sql`${services.version} + 1` })
    .where(and(eq(services.id, id), eq(services.version, version)))
    .returning();
  return row ?? null;
}

export function servicesOfProviders(db: DbOrTx, providerIds: string[]): Promise<ServiceRow[]> {
  if (providerIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(services)
    .where(inArray(services.providerId, providerIds))
    .orderBy(desc(services.updatedAt), desc(services.id));
}

export type CatalogueFilter = {
  q?: string;
  categories?: string[];
  providerId?: string;
  jurisdiction?: string;
  language?: string;
  costKind?: string;
  /** The page after this (publishedAt, id). */
  after?: { publishedAt: Date; id: string };
};

/** Published services of approved providers, newest first, one page (`limit` rows). */
export function catalogue(db: DbOrTx, filter: CatalogueFilter, limit: number): Promise<ServiceRow[]> {
  const words = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return db
    .select({ service: services })
    .from(services)
    .innerJoin(serviceProviders, eq(serviceProviders.id, services.providerId))
    .where(
      and(
        eq(services.state, 'published'),
        eq(serviceProviders.state, 'approved'),
        isNotNull(services.publishedAt),
        words
          ? sql`(${services.title}::text ilike ${words} or ${services.description}::text ilike ${words})`
          : undefined,
        filter.categories?.length ? inArray(services.category, filter.categories) : undefined,
        filter.providerId ? eq(services.providerId, filter.providerId) : undefined,
        filter.jurisdiction ? eq(services.jurisdiction, filter.jurisdiction) : undefined,
        filter.language ? sql`${filter.language} = any(${services.languages})` : undefined,
        filter.costKind ? eq(services.costKind, filter.costKind) : undefined,
        filter.after
          ? or(
              lt(services.publishedAt, filter.after.publishedAt),
              and(eq(services.publishedAt, filter.after.publishedAt), lt(services.id, filter.after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(services.publishedAt), desc(services.id))
    .limit(limit)
    .then((rows) => rows.map((r) => r.service));
}

// forms

export async function insertForm(db: DbOrTx, row: typeof serviceForms.$inferInsert): Promise<void> {
  await db.insert(serviceForms).values(row);
}

/** The forms in the given versions, by `${serviceId}:${version}`. */
export async function formsOf(
  db: DbOrTx,
  keys: { serviceId: string; version: number }[],
): Promise<Map<string, FormRow>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .select()
    .from(serviceForms)
    .where(or(...keys.map((k) => and(eq(serviceForms.serviceId, k.serviceId), eq(serviceForms.version, k.version)))));
  return new Map(rows.map((r) => [`${r.serviceId}:${r.version}`, r]));
}

// what other tables say of the services

/** When each of the organisation's services was last delivered to it, by service id. */
export async function lastDeliveredTo(
  db: DbOrTx,
  organizationId: string,
  serviceIds: string[],
): Promise<Map<string, Date>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await db
    .select({ serviceId: serviceApplications.serviceId, at: sql<Date>`max(${serviceApplications.deliveredAt})` })
    .from(serviceApplications)
    .where(
      and(
        eq(serviceApplications.organizationId, organizationId),
        inArray(serviceApplications.serviceId, serviceIds),
        isNotNull(serviceApplications.deliveredAt),
      ),
    )
    .groupBy(serviceApplications.serviceId);
  return new Map(rows.map((r) => [r.serviceId, new Date(r.at)]));
}

/** The average rating and the count of ratings of each service, by service id. */
export async function ratingsOf(
  db: DbOrTx,
  serviceIds: string[],
): Promise<Map<string, { average: number; count: number }>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await db
    .select({
      serviceId: serviceRatings.serviceId,
      average: sql<number>`avg(${serviceRatings.score})::float`,
      count: sql<number>`count(*)::int`,
    })
    .from(serviceRatings)
    .where(inArray(serviceRatings.serviceId, serviceIds))
    .groupBy(serviceRatings.serviceId);
  return new Map(rows.map((r) => [r.serviceId, { average: Number(r.average), count: Number(r.count) }]));
}
