import { OPPORTUNITY_TYPES } from '@innobridge/contracts';
import { describe, expect, it } from 'vitest';
import { COMPLEMENTS, complementary } from './complements.js';

describe('the complementary types', () => {
  it('pairs each kind with the kinds that answer it, both ways', () => {
    expect(COMPLEMENTS.technology_offer.sort()).toEqual(['corporate_challenge', 'pilot_request', 'technology_request']);
    expect(COMPLEMENTS.technology_request).toEqual(['technology_offer']);
    expect(COMPLEMENTS.business_offer).toEqual(['business_request']);
    expect(COMPLEMENTS.business_request).toEqual(['business_offer']);
    expect(COMPLEMENTS.rd_partner_search).toEqual(['rd_partner_search']);
    expect(COMPLEMENTS.investment_raising).toEqual(['investor_thesis']);
    expect(COMPLEMENTS.investor_thesis).toEqual(['investment_raising']);
    expect(COMPLEMENTS.corporate_challenge).toEqual(['technology_offer']);
    expect(COMPLEMENTS.pilot_request).toEqual(['technology_offer']);
    for (const type of OPPORTUNITY_TYPES) expect(COMPLEMENTS[type]?.length, type).toBeGreaterThan(0);
  });

  it('matches a pilot request only with an offer ready for a pilot (TRL 6 or more)', () => {
    const pilot = { type: 'pilot_request' as const, trl: null };
    expect(complementary(pilot, { type: 'technology_offer', trl: 6 })).toBe(true);
    expect(complementary({ type: 'technology_offer', trl: 9 }, pilot)).toBe(true);
    expect(complementary(pilot, { type: 'technology_offer', trl: 5 })).toBe(false);
    expect(complementary(pilot, { type: 'technology_offer', trl: null })).toBe(false);
  });

  it('does not match two offers, or an offer with a business request', () => {
    expect(complementary({ type: 'technology_offer', trl: 7 }, { type: 'technology_offer', trl: 7 })).toBe(false);
    expect(complementary({ type: 'technology_offer', trl: 7 }, { type: 'business_request', trl: null })).toBe(false);
    expect(complementary({ type: 'corporate_challenge', trl: null }, { type: 'technology_offer', trl: 3 })).toBe(true);
  });
});
