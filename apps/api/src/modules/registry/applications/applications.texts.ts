import type { Locale, TranslationSource } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { getApplication, organizationRegistry } from './applications.service.js';

/** The texts the registry holds that someone wrote to the other side. */
export type RegistryTextSource = Extract<TranslationSource, { kind: 'application_message' | 'status_reason' }>;

/**
 * The text a reference names, read with the rules of the page that shows it: the application and the
 * organisation's registry page answer "not found" or "forbidden" to whoever may not read them. Null when
 * the text is empty or not there. For the translation module (ADR 0023).
 */
export async function readableRegistryText(
  ctx: AppContext,
  actor: Actor,
  source: RegistryTextSource,
): Promise<{ text: string; language: Locale | null } | null> {
  const text =
    source.kind === 'application_message'
      ? (await getApplication(ctx, actor, source.applicationId)).messages.find((m) => m.id === source.messageId)?.body
      : (await organizationRegistry(ctx, actor, source.organizationId)).history.find((h) => h.id === source.entryId)
          ?.reason;
  return text?.trim() ? { text, language: null } : null;
}
