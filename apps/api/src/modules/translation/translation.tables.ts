import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Translations already made, so that a text many people open is sent to the service once. Keyed by a
 * hash of what decides the result (the text, its language or `auto`, the target and the provider), so
 * the text itself is not kept here in the clear; a change of provider or of the text misses the cache.
 */
export const translationCache = pgTable('translation_cache', {
  key: text('key').primaryKey(),
  targetLanguage: text('target_language').notNull(),
  translatedText: text('translated_text').notNull(),
  detectedLanguage: text('detected_language'),
  createdAt: ts('created_at').notNull(),
});
