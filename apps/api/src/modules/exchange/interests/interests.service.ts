import type { ExpressionOfInterest, InterestBody, InterestBox } from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import * as rules from '../interests.service.js';
import type { InterestRow } from './interests.repository.js';
import { describeInterest, describeInterests } from './interests.views.js';

// What routes and other modules call for expressions of interest: each runs the rule of
// ../interests.service.ts (which works on rows) and answers in the contract's shape, with contacts
// only where the interest was accepted (interests.views.ts).

type Ctx = AppContext;
type List = { items: ExpressionOfInterest[] };

/** Runs a step that returns the interest's row and answers with the interest as its sides see it. */
const described =
  <A extends unknown[]>(step: (ctx: Ctx, actor: Actor, ...args: A) => Promise<InterestRow>) =>
  async (ctx: Ctx, actor: Actor, ...args: A): Promise<ExpressionOfInterest> =>
    describeInterest(ctx, await step(ctx, actor, ...args));

export const getInterest = described(rules.getInterest);
export const acceptInterest = described(rules.acceptInterest);
export const declineInterest = described(rules.declineInterest);
export const recordOutcome = described(rules.recordOutcome);

/** Sending it again answers with the interest already sent, `created: false`. */
export async function expressInterest(
  ctx: Ctx,
  actor: Actor,
  opportunityId: string,
  body: z.infer<typeof InterestBody>,
): Promise<{ interest: ExpressionOfInterest; created: boolean }> {
  const { row, created } = await rules.expressInterest(ctx, actor, opportunityId, body);
  return { interest: await describeInterest(ctx, row), created };
}

export async function interestsOnOpportunity(ctx: Ctx, actor: Actor, opportunityId: string): Promise<List> {
  return { items: await describeInterests(ctx, await rules.interestsOnOpportunity(ctx, actor, opportunityId)) };
}

export async function interestsOfOrganization(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  { box, state }: z.infer<typeof InterestBox>,
): Promise<List> {
  const rows = await rules.interestsOfOrganization(ctx, actor, organizationId, box, state);
  return { items: await describeInterests(ctx, rows) };
}
