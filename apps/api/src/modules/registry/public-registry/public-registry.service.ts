import {
  isPlaceCode,
  type Locale,
  type OpportunityList,
  OTHER_PLACE,
  placeByName,
  placeWithin,
  REGISTRY_STATUSES,
  type RegistryPage,
  type RegistryQuery,
} from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { isUuid } from '../../../lib/ids.js';
import { decodeCursor, encodeCursor, invalidCursor, isCursorInstant } from '../../../lib/pagination.js';
import { segmentQuery } from '../../../lib/text.js';
import { publishedOpportunitiesOf } from '../../exchange/index.js';
import {
  countOrganizations,
  type OrganizationFilter,
  type OrganizationRecord,
  organizationIn,
  organizationOut,
  searchOrganizations,
} from '../../organizations/index.js';
import { exportFile } from './public-registry.views.js';

/**
 * The public registry is the registry's (ADR 0020): which statuses it shows, its filters, order, counts
 * and export. The organisations module only runs the neutral search over its table.
 */

/** The statuses the public registry shows. */
export const PUBLIC_STATUSES: readonly string[] = REGISTRY_STATUSES;

type Query = Omit<z.infer<typeof RegistryQuery>, 'cursor' | 'limit'>;

function filterOf(query: Query): OrganizationFilter {
  const text = query.q?.trim();
  return {
    query: text ? { text, segmented: segmentQuery(text) } : undefined,
    jurisdiction: query.jurisdiction,
    type: query.type,
    statuses: PUBLIC_STATUSES,
    status: query.status,
    place: placeFilter(query.city),
    area: query.area || undefined,
  };
}

/**
 * A city filter by code or by a name in any language ("Пекин", "北京" and "Beijing" are one filter),
 * the place's districts included; a text that names no listed place looks in the "other" cities' texts.
 */
function placeFilter(city: string | undefined): OrganizationFilter['place'] {
  if (!city) return undefined;
  if (city === OTHER_PLACE) return { codes: [OTHER_PLACE] };
  const code = isPlaceCode(city) ? city : placeByName(city);
  return code ? { codes: placeWithin(code) } : { codes: [], otherText: city };
}

function afterOf(cursor: string | undefined, byRank: boolean) {
  const key = decodeCursor(cursor, 2);
  if (!key) return null;
  const [first, id] = key;
  const valid = typeof id === 'string' && isUuid(id) && (byRank ? Number.isFinite(first) : isCursorInstant(first));
  if (!valid) throw invalidCursor();
  return byRank ? { rank: first as number, id: String(id) } : { since: String(first), id: String(id) };
}

export async function publicRegistry(ctx: AppContext, query: z.infer<typeof RegistryQuery>): Promise<RegistryPage> {
  const filter = filterOf(query);
  const byRank = !!filter.query;
  // The page and the counts do not depend on each other.
  const [rows, counts] = await Promise.all([
    searchOrganizations(ctx, filter, afterOf(query.cursor, byRank), query.limit + 1),
    countOrganizations(ctx, filter),
  ]);
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > query.limit && last
      ? encodeCursor(
          byRank
            ? [last.rank, last.organization.id]
            : [(last.organization.statusSince ?? last.organization.createdAt).toISOString(), last.organization.id],
        )
      : null;
  return {
    items: items.map((r) => organizationOut(r.organization)),
    nextCursor,
    total: counts.total,
    counts: {
      byStatus: Object.fromEntries(counts.byStatus.map((c) => [c.key, Number(c.n)])),
      byJurisdiction: Object.fromEntries(counts.byJurisdiction.map((c) => [c.key, Number(c.n)])),
    },
  };
}

const EXPORT_LIMIT = 100_000;

/** Every matching organisation, with headers and labels in the reader's language. */
export async function registryExport(ctx: AppContext, query: Query, format: 'csv' | 'json', locale: Locale) {
  const filter = filterOf(query);
  const byRank = !!filter.query;
  const all: OrganizationRecord[] = [];
  let after: ReturnType<typeof afterOf> = null;
  while (all.length < EXPORT_LIMIT) {
    const page = await searchOrganizations(ctx, filter, after, 1000);
    all.push(...page.map((r) => r.organization));
    const last = page[page.length - 1];
    if (page.length < 1000 || !last) break;
    after = byRank
      ? { rank: last.rank, id: last.organization.id }
      : {
          since: (last.organization.statusSince ?? last.organization.createdAt).toISOString(),
          id: last.organization.id,
        };
  }
  return exportFile(all, format, locale, ctx.clock.now());
}

/**
 * The published opportunities an organisation's public card lists, from the exchange (ADR 0020): for a
 * visitor, only of an organisation the registry shows, as its card is.
 */
export async function cardOpportunities(ctx: AppContext, actor: Actor | null, id: string): Promise<OpportunityList> {
  const org = await organizationIn(ctx, id);
  if (!org || (!actor && !PUBLIC_STATUSES.includes(org.status))) throw new AppError('organization_not_found');
  return { items: await publishedOpportunitiesOf(ctx, [org.id]) };
}
