import { z } from 'zod';
import { LOCALES, type Locale } from './enums.js';

/**
 * A text a person wrote in one or more of the platform's languages (ADR 0002): `{ ru?, zh?, en? }`.
 * Empty strings are dropped so that "present" always means "has words".
 */
export const LocalizedText = (max: number) =>
  z
    .object({
      ru: z.string().trim().max(max).optional(),
      zh: z.string().trim().max(max).optional(),
      en: z.string().trim().max(max).optional(),
    })
    .strict()
    .transform((value) => {
      const out: Partial<Record<Locale, string>> = {};
      for (const lang of LOCALES) if (value[lang]) out[lang] = value[lang];
      return out;
    });

export type LocalizedText = Partial<Record<Locale, string>>;

/** The reader's fallback order: their language first, then the others in a fixed order. */
export function fallbackOrder(reader: Locale): Locale[] {
  return [reader, ...LOCALES.filter((l) => l !== reader)];
}

export type PickedText = { text: string; lang: Locale; fallback: boolean };

/** Picks the reader's language from a multilingual text, reporting when it had to fall back. */
export function pickLocalized(text: LocalizedText | null | undefined, reader: Locale): PickedText | null {
  if (!text) return null;
  for (const lang of fallbackOrder(reader)) {
    const value = text[lang];
    if (value) return { text: value, lang, fallback: lang !== reader };
  }
  return null;
}

export function hasAnyLanguage(text: LocalizedText | null | undefined): boolean {
  return !!text && LOCALES.some((l) => !!text[l]);
}
