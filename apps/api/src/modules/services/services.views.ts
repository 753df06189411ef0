import type { Locale, Service, ServiceBudget, ServiceProvider, ServiceState } from '@innobridge/contracts';
import { LOCALES } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import { organizationNamesByIds } from '../organizations/index.js';
import * as repo from './services.repository.js';

/** The catalogue shows a service's average once at least this many applicants rated it. */
export const RATINGS_SHOWN_FROM = 5;

/** The languages a service's texts are written in. */
export const languagesOf = (...texts: Partial<Record<Locale, string>>[]): Locale[] =>
  LOCALES.filter((l) => texts.some((t) => !!t[l]));

/** Providers as the contract shows them, their organisations' names read in one statement. */
export async function describeProviders(ctx: AppContext, rows: repo.ProviderRow[]): Promise<ServiceProvider[]> {
  const orgIds = rows.flatMap((r) => (r.organizationId ? [r.organizationId] : []));
  const names = new Map((await organizationNamesByIds(ctx, orgIds)).map((o) => [o.id, o.name]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as ServiceProvider['kind'],
    jurisdiction: r.jurisdiction as ServiceProvider['jurisdiction'],
    organizationId: r.organizationId,
    name: r.organizationId ? (names.get(r.organizationId) ?? {}) : null,
    state: r.state as ServiceProvider['state'],
    version: r.version,
  }));
}

/** Services as the contract shows them: providers, current forms and ratings read in batches. */
export async function describeServices(ctx: AppContext, rows: repo.ServiceRow[]): Promise<Service[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [providerRows, forms, ratings] = await Promise.all([
    repo.providersByIds(ctx.db, [...new Set(rows.map((r) => r.providerId))]),
    repo.formsOf(
      ctx.db,
      rows.map((r) => ({ serviceId: r.id, version: r.formVersion })),
    ),
    repo.ratingsOf(ctx.db, ids),
  ]);
  const providers = new Map((await describeProviders(ctx, providerRows)).map((p) => [p.id, p]));
  return rows.map((r) => {
    const rating = ratings.get(r.id);
    return {
      id: r.id,
      provider: providers.get(r.providerId) as ServiceProvider,
      category: r.category as Service['category'],
      title: r.title,
      description: r.description,
      languages: r.languages as Locale[],
      jurisdiction: r.jurisdiction as Service['jurisdiction'],
      cost: r.cost,
      budget: (r.budget ?? null) as ServiceBudget | null,
      reserved: r.reserved,
      deadlineDays: r.deadlineDays,
      rules: r.rules,
      form: { version: r.formVersion, fields: forms.get(`${r.id}:${r.formVersion}`)?.definition.fields ?? [] },
      state: r.state as ServiceState,
      rating:
        rating && rating.count >= RATINGS_SHOWN_FROM
          ? { average: Math.round(rating.average * 10) / 10, count: rating.count }
          : null,
      version: r.version,
      publishedAt: r.publishedAt?.toISOString() ?? null,
      updatedAt: r.updatedAt.toISOString(),
    };
  });
}

export async function describeService(ctx: AppContext, row: repo.ServiceRow): Promise<Service> {
  const [service] = await describeServices(ctx, [row]);
  return service as Service;
}
