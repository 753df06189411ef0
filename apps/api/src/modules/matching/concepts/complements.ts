import type { OpportunityType } from '@innobridge/contracts';

/**
 * Which kinds of opportunity answer which (issue 13): an offer meets the request for it, an R&D partner
 * search another one, a raise an investor's thesis, a corporate challenge or a pilot request the
 * technology offers — for a pilot, only offers ready for one (TRL 6 or more). The table is symmetric.
 */
export const PILOT_MIN_TRL = 6;

type Pair = readonly [OpportunityType, OpportunityType];

const PAIRS: readonly Pair[] = [
  ['technology_offer', 'technology_request'],
  ['business_offer', 'business_request'],
  ['rd_partner_search', 'rd_partner_search'],
  ['investment_raising', 'investor_thesis'],
  ['corporate_challenge', 'technology_offer'],
  ['pilot_request', 'technology_offer'],
];

/** The types that answer each type. */
export const COMPLEMENTS: Record<OpportunityType, OpportunityType[]> = (() => {
  const table = {} as Record<OpportunityType, OpportunityType[]>;
  const add = (a: OpportunityType, b: OpportunityType) => {
    table[a] ??= [];
    if (!table[a].includes(b)) table[a].push(b);
  };
  for (const [a, b] of PAIRS) {
    add(a, b);
    add(b, a);
  }
  return table;
})();

export type Kind = { type: OpportunityType; trl: number | null };

/** Whether two opportunities are of kinds that answer each other (the pilot's TRL rule included). */
export function complementary(a: Kind, b: Kind): boolean {
  if (!(COMPLEMENTS[a.type] ?? []).includes(b.type)) return false;
  const offer = a.type === 'pilot_request' ? b : b.type === 'pilot_request' ? a : null;
  return offer === null || (offer.trl ?? 0) >= PILOT_MIN_TRL;
}
