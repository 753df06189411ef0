import type { ErrorTable } from '../common/error-table.js';

/** Machine translation of what people wrote (ADR 0023). */
export const translationErrors = {
  /** The operator configured no translation service: the action does not exist here. */
  translation_not_configured: 404,
  /** The text referred to is empty, or not there in the language asked for. */
  translation_text_not_found: 404,
  translation_text_too_long: 422,
  /** The translation service failed, timed out or answered nonsense; nothing was kept. */
  translation_unavailable: 503,
} as const satisfies ErrorTable;
