import type { Dashboard, LocalizedText, OrganizationStatus } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import type {
  interestsAwaitingAnswer,
  moderationWaiting,
  returnedOpportunities,
  unreadConversations,
} from '../exchange/index.js';
import { type memberOrganizationsOf, organizationNamesByIds } from '../organizations/index.js';
import type { OpenApplication, QueueWaiting } from '../registry/index.js';

type Parts = {
  memberships: Awaited<ReturnType<typeof memberOrganizationsOf>>;
  applications: OpenApplication[];
  interests: Awaited<ReturnType<typeof interestsAwaitingAnswer>>;
  returned: Awaited<ReturnType<typeof returnedOpportunities>>;
  conversations: Awaited<ReturnType<typeof unreadConversations>>;
  queue: QueueWaiting | null;
  moderation: Awaited<ReturnType<typeof moderationWaiting>>;
};

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** The organisations other than the reader's that the page names, in one batch. */
async function namesOf(ctx: AppContext, parts: Parts): Promise<(id: string) => LocalizedText> {
  const own = new Map(parts.memberships.map((m) => [m.organizationId, m.name]));
  const others = new Set([
    ...parts.interests.items.map((i) => i.fromOrganizationId),
    ...parts.conversations.items.map((c) => c.otherOrganizationId),
    ...(parts.queue?.items ?? []).map((a) => a.organizationId),
    ...(parts.moderation?.items ?? []).map((o) => o.organizationId),
  ]);
  for (const id of own.keys()) others.delete(id);
  const named = new Map(own);
  for (const row of await organizationNamesByIds(ctx, [...others])) named.set(row.id, row.name);
  return (id) => named.get(id) ?? {};
}

/** The soonest running review deadline among the open applications. */
function nextDeadline(applications: OpenApplication[]): Dashboard['nextDeadline'] {
  const running = applications.filter((a) => a.deadlineAt);
  running.sort((a, b) => (a.deadlineAt as Date).getTime() - (b.deadlineAt as Date).getTime());
  const soonest = running[0];
  if (!soonest?.deadlineAt) return null;
  return {
    applicationId: soonest.id,
    organizationId: soonest.organizationId,
    deadlineAt: soonest.deadlineAt.toISOString(),
    jurisdiction: soonest.jurisdiction,
  };
}

function operatorPart(parts: Parts, nameOf: (id: string) => LocalizedText): Dashboard['operator'] {
  const { queue, moderation } = parts;
  if (!queue || !moderation) return null;
  return {
    jurisdictions: queue.jurisdictions,
    applications: {
      count: queue.count,
      oldestDeadlineAt: iso(queue.oldestDeadlineAt),
      items: queue.items.map((a) => ({
        ...a,
        organizationName: nameOf(a.organizationId),
        deadlineAt: iso(a.deadlineAt),
      })),
    },
    moderation: {
      count: moderation.count,
      // The longest waiting comes first.
      oldestSubmittedAt: iso(moderation.items[0]?.submittedAt ?? null),
      items: moderation.items.map((o) => ({
        ...o,
        organizationName: nameOf(o.organizationId),
        submittedAt: o.submittedAt.toISOString(),
      })),
    },
  };
}

/** The dashboard in the contract's shape; names the other organisations in one statement. */
export async function describeDashboard(ctx: AppContext, parts: Parts): Promise<Dashboard> {
  const nameOf = await namesOf(ctx, parts);
  const applicationOf = new Map(parts.applications.map((a) => [a.organizationId, a]));
  const asked = parts.applications.filter((a) => a.state === 'info_requested');
  return {
    organizations: parts.memberships.map((m) => {
      const application = applicationOf.get(m.organizationId);
      return {
        id: m.organizationId,
        name: m.name,
        role: m.role,
        status: m.status as OrganizationStatus,
        statusSince: iso(m.statusSince),
        application: application
          ? {
              id: application.id,
              state: application.state,
              requestedStatus: application.requestedStatus,
              deadlineAt: iso(application.deadlineAt),
              jurisdiction: application.jurisdiction,
              pausedWorkingDaysLeft: application.pausedWorkingDaysLeft,
            }
          : null,
      };
    }),
    nextDeadline: nextDeadline(parts.applications),
    interests: {
      count: parts.interests.count,
      items: parts.interests.items.map((i) => ({
        ...i,
        fromOrganizationName: nameOf(i.fromOrganizationId),
        createdAt: i.createdAt.toISOString(),
      })),
    },
    informationRequests: {
      count: asked.length,
      items: asked.map((a) => ({
        applicationId: a.id,
        organizationId: a.organizationId,
        organizationName: nameOf(a.organizationId),
        jurisdiction: a.jurisdiction,
        requestedAt: iso(a.informationRequestedAt),
      })),
    },
    returnedOpportunities: {
      count: parts.returned.count,
      items: parts.returned.items.map((o) => ({ ...o, returnedAt: o.returnedAt.toISOString() })),
    },
    conversations: {
      count: parts.conversations.count,
      unreadMessages: parts.conversations.unreadMessages,
      items: parts.conversations.items.map((c) => ({
        ...c,
        otherOrganizationName: nameOf(c.otherOrganizationId),
        lastMessageAt: iso(c.lastMessageAt),
      })),
    },
    operator: operatorPart(parts, nameOf),
  };
}
