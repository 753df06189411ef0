import type { Opportunity, OpportunityType } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { organizationNamesByIds } from '../../organizations/index.js';
import { findOpportunities, type OpportunityRow } from './opportunities.repository.js';

/**
 * Opportunities as a reader sees them, with their organisations' names (one look-up for all rows);
 * the description only where `showDescription` allows it.
 */
export async function describeOpportunities(
  ctx: AppContext,
  rows: OpportunityRow[],
  showDescription: (row: OpportunityRow) => boolean,
): Promise<Opportunity[]> {
  const orgs = await organizationNamesByIds(ctx, [...new Set(rows.map((r) => r.organizationId))]);
  const orgOf = new Map(orgs.map((o) => [o.id, o]));
  return rows.map((o) => {
    const org = orgOf.get(o.organizationId);
    return {
      id: o.id,
      organizationId: o.organizationId,
      organizationName: org?.name ?? {},
      organizationJurisdiction: o.jurisdiction,
      organizationType: (org?.type ?? 'company') as Opportunity['organizationType'],
      type: o.type as Opportunity['type'],
      state: o.state,
      closeReason: o.closeReason,
      title: o.title,
      summary: o.summary,
      description: showDescription(o) ? o.description : null,
      offer: o.offer,
      areas: o.areas,
      trl: o.trl,
      ipStatus: o.ipStatus as Opportunity['ipStatus'],
      cooperationForms: o.cooperationForms as Opportunity['cooperationForms'],
      targetCountries: o.targetCountries,
      deadline: o.deadline,
      amount: o.currency
        ? { min: o.amountMin ?? undefined, max: o.amountMax ?? undefined, currency: o.currency as 'RUB' }
        : null,
      moderationComment: o.moderationComment,
      publishedAt: o.publishedAt?.toISOString() ?? null,
      expiresAt: o.expiresAt?.toISOString() ?? null,
      createdAt: o.createdAt.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
    };
  });
}

/** One opportunity in full, as its own organisation and the operators see it. */
export const describeOpportunity = async (ctx: AppContext, row: OpportunityRow): Promise<Opportunity> =>
  (await describeOpportunities(ctx, [row], () => true))[0] as Opportunity;

/** What an interest or a conversation shows of its opportunity. */
export type OpportunityRef = { id: string; type: OpportunityType; title: Record<string, string> };

/** The opportunities of many interests or conversations, in one query. */
export async function opportunityRefs(ctx: AppContext, ids: string[]) {
  const found = new Map((await findOpportunities(ctx.db, [...new Set(ids)])).map((o) => [o.id, o]));
  return (id: string | undefined): OpportunityRef => {
    const opportunity = id ? found.get(id) : undefined;
    return {
      id: opportunity?.id ?? id ?? '',
      type: (opportunity?.type ?? 'technology_offer') as OpportunityType,
      title: opportunity?.title ?? {},
    };
  };
}
