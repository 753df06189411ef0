import type { Dashboard } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import type { Actor } from '../../lib/actor.js';
import {
  interestsAwaitingAnswer,
  moderationWaiting,
  returnedOpportunities,
  unreadConversations,
} from '../exchange/index.js';
import { memberOrganizationsOf } from '../organizations/index.js';
import { applicationQueueWaiting, openApplicationsOf } from '../registry/index.js';
import { describeDashboard } from './dashboard.views.js';

/** How many of each kind the dashboard lists; the counts cover them all. */
export const DASHBOARD_ITEMS = 5;

/**
 * What waits for the signed-in person, their organisations' status and deadlines, and for operators
 * their queues. Read through the other modules' batch entry points: a fixed number of statements,
 * whatever the counts.
 */
export async function readDashboard(ctx: AppContext, actor: Actor): Promise<Dashboard> {
  const memberships = await memberOrganizationsOf(ctx, actor.userId);
  const ids = memberships.map((m) => m.organizationId);
  const [applications, interests, returned, conversations, queue, moderation] = await Promise.all([
    openApplicationsOf(ctx, ids),
    interestsAwaitingAnswer(ctx, ids, DASHBOARD_ITEMS),
    returnedOpportunities(ctx, ids, DASHBOARD_ITEMS),
    unreadConversations(ctx, actor.userId, ids, DASHBOARD_ITEMS),
    applicationQueueWaiting(ctx, actor, DASHBOARD_ITEMS),
    moderationWaiting(ctx, actor, DASHBOARD_ITEMS),
  ]);
  return describeDashboard(ctx, { memberships, applications, interests, returned, conversations, queue, moderation });
}
