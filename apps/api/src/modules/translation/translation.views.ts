import type { Locale, Translation } from '@innobridge/contracts';
import type { CachedTranslation } from './translation.repository.js';

/** A kept translation as the reader gets it: marked as machine-made, always. */
export const describeTranslation = (row: CachedTranslation): Translation => ({
  text: row.translatedText,
  target: row.targetLanguage as Locale,
  detectedLanguage: row.detectedLanguage,
  machine: true,
});
