/**
 * What a Russian or Chinese text may say in Latin script: proper names and codes, nothing a reader
 * has to translate. Shared by the locale files' test and the browser check of the pages.
 */

/** Proper names (and key names) written in Latin script in every language. */
export const LATIN_PROPER_NAMES: ReadonlySet<string> = new Set([
  'Innobridge',
  // The feed format (RFC 4287).
  'Atom',
  'ZGC',
  // The example of a Russian person's name in the Chinese sign-up hint.
  'Anna',
  'Ivanova',
  // The key on the keyboard.
  'Enter',
]);

/** Whole pieces of text that are codes: addresses, commands, settings, file names. */
const CODE_PATTERNS: readonly RegExp[] = [
  /\b(?:https?|mailto):\/?\/?[^\s"'<>，。；）)]+/gi,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /\bnpm run [\w:-]+/g,
  /\b[A-Z][A-Z0-9_]*=\w+/g,
  /\b[\w-]+\.(?:csv|json|pdf|png|jpe?g|eml|html?)\b/gi,
  // Time zones by their IANA names (Europe/Moscow, Asia/Shanghai).
  /\b[A-Z][a-z]+\/[A-Z][A-Za-z_]+\b/g,
  /\binnobridge-[\w-]+/gi,
  // Code spans of Markdown texts (the API documentation), media types and HTTP header names.
  /`[^`]*`/g,
  /\b(?:application|text|image|multipart)\/[\w.+-]+/g,
  /\b[A-Z][a-z]+(?:-[A-Z][a-z]+)+\b/g,
  // Interpolation placeholders, should a message be checked before it is filled in, and the tags
  // that mark where a component goes (`<link>…</link>` for react-i18next's Trans).
  /\{\{[^}]*\}\}/g,
  /<\/?[a-z][\w-]*\s*\/?>/g,
];

/** A word of Latin letters, possibly with digits and inner hyphens or apostrophes ("B2B", "don't"). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9_]*(?:['’-][A-Za-z0-9_]+)*/g;

/** Codes in capitals (API, INN, OGRN, ISO codes, B2B, UTF-8, SMTP_URL) and single letters of an alphabet. */
const CODE_WORD = /^[A-Z0-9]+(?:[-_][A-Z0-9]+)*$/;

/**
 * The Latin-script words of a text that are neither proper names nor codes. Digits, punctuation
 * and Cyrillic or Chinese script are never reported.
 */
export function latinWordsOutsideAllowList(text: string): string[] {
  let rest = text;
  for (const pattern of CODE_PATTERNS) rest = rest.replace(pattern, ' ');
  return [...rest.matchAll(LATIN_WORD)]
    .map((m) => m[0])
    .filter((word) => !LATIN_PROPER_NAMES.has(word) && !CODE_WORD.test(word));
}
