import type { Opportunity, Organization } from '@innobridge/contracts';
import type { Actor } from '../../../lib/actor.js';

/**
 * What the matcher reads of other modules, passed to it by the module list (modules.ts): the exchange
 * and the organisations use the matching module, so it does not import them (no import cycle).
 */
export type MatchingSources = {
  /** Opportunities in any state, in full, and whether they are listed (published, not withheld). */
  opportunitiesForMatching(ids: string[]): Promise<{ opportunity: Opportunity; listed: boolean }[]>;
  /** The published opportunities among `ids`, as anyone may read them, in the order asked. */
  publishedOpportunities(ids: string[], options: { withDescription?: boolean }): Promise<Opportunity[]>;
  /** The published opportunities of these organisations, as anyone may read them. */
  publishedOf(organizationIds: string[], options: { withDescription?: boolean }): Promise<Opportunity[]>;
  /** Opportunities changed after the keyset `(updated_at, id)`, oldest first. */
  changedSince(after: { at: Date; id: string } | null, limit: number): Promise<{ id: string; updatedAt: Date }[]>;
  /** The opportunity as the reader may see it; `opportunity_not_found` when they may not. */
  readOpportunity(actor: Actor | null, id: string): Promise<Opportunity>;
  /**
   * Organisations in full, and whether they are listed: the public registry shows them, so they may be
   * proposed to others and anyone may read them.
   */
  organizationsForMatching(ids: string[]): Promise<{ organization: Organization; listed: boolean }[]>;
  /** Organisations changed (profile or status) after the keyset `(updated_at, id)`, oldest first. */
  organizationsChangedSince(
    after: { at: Date; id: string } | null,
    limit: number,
  ): Promise<{ id: string; updatedAt: Date }[]>;
  /** The organisations the user is a member of. */
  membershipsOf(userId: string): Promise<{ organizationId: string }[]>;
};
