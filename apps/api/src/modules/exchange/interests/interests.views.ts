import type { ExpressionOfInterest } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { people } from '../../identity/index.js';
import { conversationsByInterests } from '../conversations/conversations.repository.js';
import { organizationRefs } from '../exchange.shared.js';
import { opportunityRefs } from '../opportunities/opportunities.views.js';
import type { InterestRow } from './interests.repository.js';

type Contact = NonNullable<ExpressionOfInterest['contacts']>[number];
type Accepted = Pick<InterestRow, 'state' | 'fromOrganizationId' | 'toOrganizationId' | 'createdBy' | 'decidedBy'>;

/**
 * The contacts of interests: who wrote for the interested side and who accepted for the owner.
 * Contacts only after acceptance: before that no response carries a person's name or e-mail, so an
 * interest not accepted has none (null) and its people are not even looked up. One look-up for all.
 */
export async function contactsOfInterests(ctx: AppContext, interests: Accepted[]) {
  const accepted = interests.filter((i) => i.state === 'accepted');
  const ids = new Set(accepted.flatMap((i) => [i.createdBy, i.decidedBy]).filter((id): id is string => !!id));
  const persons = new Map((await people(ctx, [...ids])).map((p) => [p.userId, p]));
  const contact = (organizationId: string, userId: string | null): Contact[] => {
    const person = userId ? persons.get(userId) : undefined;
    return person ? [{ organizationId, displayName: person.displayName, email: person.email }] : [];
  };
  return (interest: Accepted | undefined): Contact[] | null =>
    interest?.state === 'accepted'
      ? [
          ...contact(interest.fromOrganizationId, interest.createdBy),
          ...contact(interest.toOrganizationId, interest.decidedBy),
        ]
      : null;
}

/** Interests as their sides see them, with one look-up per kind of thing shown for all rows. */
export async function describeInterests(ctx: AppContext, rows: InterestRow[]): Promise<ExpressionOfInterest[]> {
  const [orgRef, opportunityRef, conversations, contactsOf] = await Promise.all([
    organizationRefs(
      ctx,
      rows.flatMap((r) => [r.fromOrganizationId, r.toOrganizationId]),
    ),
    opportunityRefs(
      ctx,
      rows.map((r) => r.opportunityId),
    ),
    conversationsByInterests(
      ctx.db,
      rows.filter((r) => r.state === 'accepted').map((r) => r.id),
    ),
    contactsOfInterests(ctx, rows),
  ]);
  const conversationOf = new Map(conversations.map((c) => [c.interestId, c.id]));
  return rows.map((r) => ({
    id: r.id,
    opportunity: opportunityRef(r.opportunityId),
    from: orgRef(r.fromOrganizationId),
    to: orgRef(r.toOrganizationId),
    message: r.message,
    state: r.state,
    declineReason: r.declineReason as ExpressionOfInterest['declineReason'],
    declineText: r.declineText,
    outcome: r.outcome,
    outcomeRecordedAt: r.outcomeRecordedAt?.toISOString() ?? null,
    conversationId: conversationOf.get(r.id) ?? null,
    contacts: contactsOf(r),
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
  }));
}

/** One interest, as its sides see it. */
export const describeInterest = async (ctx: AppContext, row: InterestRow): Promise<ExpressionOfInterest> =>
  (await describeInterests(ctx, [row]))[0] as ExpressionOfInterest;
