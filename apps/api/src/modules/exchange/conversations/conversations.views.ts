import type { Conversation, ConversationMessage } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { people } from '../../identity/index.js';
import { organizationRefs } from '../exchange.shared.js';
import { findInterests } from '../interests/interests.repository.js';
import { contactsOfInterests } from '../interests/interests.views.js';
import { opportunityRefs } from '../opportunities/opportunities.views.js';
import type { AttachmentRow, ConversationRow, MessageRow } from './conversations.repository.js';

/**
 * Conversations as the reader's side sees them: the two organisations, the opportunity, the
 * contacts. One query for the interests of all rows, then one look-up of each kind for all of them.
 */
export async function describeConversations(
  ctx: AppContext,
  rows: ConversationRow[],
  ownIds: string[],
  unread: Map<string, number>,
): Promise<Conversation[]> {
  const interests = new Map(
    (
      await findInterests(
        ctx.db,
        rows.map((r) => r.interestId),
      )
    ).map((i) => [i.id, i]),
  );
  const [orgRef, opportunityRef, contactsOf] = await Promise.all([
    organizationRefs(
      ctx,
      rows.flatMap((r) => [r.ownerOrganizationId, r.interestedOrganizationId]),
    ),
    opportunityRefs(
      ctx,
      [...interests.values()].map((i) => i.opportunityId),
    ),
    // Every conversation comes from an accepted interest: its contacts are shown to both sides.
    contactsOfInterests(ctx, [...interests.values()]),
  ]);
  return rows.map((row) => {
    const interest = interests.get(row.interestId);
    const ours = ownIds.includes(row.ownerOrganizationId) ? row.ownerOrganizationId : row.interestedOrganizationId;
    const theirs = ours === row.ownerOrganizationId ? row.interestedOrganizationId : row.ownerOrganizationId;
    return {
      id: row.id,
      interestId: row.interestId,
      opportunity: opportunityRef(interest?.opportunityId),
      ours: orgRef(ours),
      theirs: orgRef(theirs),
      contacts: contactsOf(interest) ?? [],
      outcome: interest?.outcome ?? null,
      unread: unread.get(row.id) ?? 0,
      lastMessageAt: row.lastMessageAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

/** Messages with their authors' names (one look-up) and their files. */
export async function describeMessages(
  ctx: AppContext,
  readerId: string,
  messages: MessageRow[],
  attachments: AttachmentRow[],
): Promise<ConversationMessage[]> {
  const authors = new Map(
    (
      await people(
        ctx,
        messages.map((m) => m.authorUserId),
      )
    ).map((a) => [a.userId, a]),
  );
  return messages.map((m) => ({
    id: m.id,
    organizationId: m.organizationId,
    authorName: authors.get(m.authorUserId)?.displayName ?? '',
    mine: m.authorUserId === readerId,
    body: m.body,
    attachments: attachments
      .filter((a) => a.messageId === m.id)
      .map((a) => ({ id: a.id, fileName: a.fileName, contentType: a.contentType, size: a.size })),
    createdAt: m.createdAt.toISOString(),
  }));
}
