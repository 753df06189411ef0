import type { Opportunity } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import type { OpportunityRow } from '../exchange.repository.js';
import * as rules from '../exchange.service.js';
import { describeOpportunities, describeOpportunity } from './opportunities.views.js';

// What routes and other modules call for opportunities: each runs the rule of exchange.service.ts
// (which works on rows) and answers in the contract's shape.

type Ctx = AppContext;
type List = { items: Opportunity[] };

/** Runs a step that returns the changed row and answers with the opportunity in full. */
const inFull =
  <A extends unknown[]>(step: (ctx: Ctx, actor: Actor, ...args: A) => Promise<OpportunityRow>) =>
  async (ctx: Ctx, actor: Actor, ...args: A): Promise<Opportunity> =>
    describeOpportunity(ctx, await step(ctx, actor, ...args));

export const createOpportunity = inFull(rules.createOpportunity);
export const updateOpportunity = inFull(rules.updateOpportunity);

export const submitOpportunity = inFull(rules.submitOpportunity);
export const publishOpportunity = inFull(rules.publishOpportunity);
export const returnOpportunity = inFull(rules.returnOpportunity);
export const withdrawOpportunity = inFull(rules.withdrawOpportunity);
export const closeWithSuccess = inFull(rules.closeWithSuccess);
export const renewOpportunity = inFull(rules.renewOpportunity);

/** An opportunity as the reader may see it: the description only for members of an organisation. */
export async function readOpportunity(ctx: Ctx, actor: Actor | null, id: string): Promise<Opportunity> {
  const { row, showDescription } = await rules.readOpportunity(ctx, actor, id);
  return (await describeOpportunities(ctx, [row], () => showDescription))[0] as Opportunity;
}

export async function organizationOpportunities(ctx: Ctx, actor: Actor, organizationId: string): Promise<List> {
  const rows = await rules.organizationOpportunities(ctx, actor, organizationId);
  return { items: await describeOpportunities(ctx, rows, () => true) };
}

export async function moderationQueue(ctx: Ctx, actor: Actor): Promise<List> {
  return { items: await describeOpportunities(ctx, await rules.moderationQueue(ctx, actor), () => true) };
}
