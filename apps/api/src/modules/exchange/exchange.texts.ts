import type { Locale, TranslationSource } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import type { Actor } from '../../lib/actor.js';
import { readConversation } from './conversations/conversations.service.js';
import { getInterest } from './interests/interests.service.js';
import { readOpportunity } from './opportunities/opportunities.service.js';

/** A text someone wrote, and the language it is written in when the platform knows it. */
export type ReadableText = { text: string; language: Locale | null };
/** The texts the exchange holds. */
export type ExchangeTextSource = Extract<
  TranslationSource,
  { kind: 'message' | 'interest' | 'opportunity' | 'moderation_comment' }
>;

/**
 * The text a reference names, read with the same rules as the page that shows it: a stranger to the
 * conversation, the interest or a draft opportunity is told it does not exist. Null when the text is
 * empty or not there (a hidden description, a language it was not written in). For the translation
 * module: it translates only what the reader may see (ADR 0023).
 */
export async function readableText(
  ctx: AppContext,
  actor: Actor,
  source: ExchangeTextSource,
): Promise<ReadableText | null> {
  const found = await read(ctx, actor, source);
  return found?.text.trim() ? found : null;
}

async function read(ctx: AppContext, actor: Actor, source: ExchangeTextSource): Promise<ReadableText | null> {
  switch (source.kind) {
    case 'message': {
      const thread = await readConversation(ctx, actor, source.conversationId);
      const message = thread.messages.find((m) => m.id === source.messageId);
      return message ? { text: message.body, language: null } : null;
    }
    case 'interest': {
      const interest = await getInterest(ctx, actor, source.interestId);
      return { text: interest[source.field] ?? '', language: null };
    }
    case 'opportunity': {
      const opportunity = await readOpportunity(ctx, actor, source.opportunityId);
      const text = opportunity[source.field]?.[source.language];
      return text ? { text, language: source.language } : null;
    }
    case 'moderation_comment': {
      // Only its authors and the operators read the comment: the opportunity's view leaves it out for others.
      const opportunity = await readOpportunity(ctx, actor, source.opportunityId);
      return { text: opportunity.moderationComment ?? '', language: null };
    }
  }
}
