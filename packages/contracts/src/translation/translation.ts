import { z } from 'zod';
import { Locale } from '../common/enums.js';

/**
 * What to translate, by reference: the API reads the text itself, through the module that owns it and
 * with that module's rules of who may read it, so that nobody can have the platform translate a text
 * they may not see (ADR 0023).
 */
export const TranslationSource = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('message'), conversationId: z.uuid(), messageId: z.uuid() }),
    /** An expression of interest's note, or the reason written when it was declined. */
    z.object({ kind: z.literal('interest'), interestId: z.uuid(), field: z.enum(['message', 'declineText']) }),
    /** One language's version of an opportunity's text. */
    z.object({
      kind: z.literal('opportunity'),
      opportunityId: z.uuid(),
      field: z.enum(['title', 'summary', 'description', 'offer']),
      language: Locale,
    }),
    /** The operator's comment on an opportunity returned to its authors. */
    z.object({ kind: z.literal('moderation_comment'), opportunityId: z.uuid() }),
    /** A message of a status application's thread: an operator's request or decision, or the applicant's answer. */
    z.object({ kind: z.literal('application_message'), applicationId: z.uuid(), messageId: z.uuid() }),
    /** The reason an operator gave for a change of an organisation's status, in its history. */
    z.object({ kind: z.literal('status_reason'), organizationId: z.uuid(), entryId: z.uuid() }),
  ])
  .meta({ id: 'TranslationSource' });
export type TranslationSource = z.infer<typeof TranslationSource>;

export const TranslationRequest = z
  .object({ source: TranslationSource, target: Locale })
  .meta({ id: 'TranslationRequest' });
export type TranslationRequest = z.infer<typeof TranslationRequest>;

/** A machine translation: always shown as such, beside the original, never in its place. */
export const Translation = z
  .object({
    text: z.string(),
    target: Locale,
    /** The language the service recognised, when it says (e.g. `zh`); null when it does not. */
    detectedLanguage: z.string().nullable(),
    machine: z.literal(true),
  })
  .meta({ id: 'Translation' });
export type Translation = z.infer<typeof Translation>;

/** Whether this instance translates: without a configured service the web app offers no action. */
export const TranslationSettings = z.object({ available: z.boolean() }).meta({ id: 'TranslationSettings' });
export type TranslationSettings = z.infer<typeof TranslationSettings>;
