/**
 * The platform's languages, in a file without zod: the web app's first page needs the list, and only
 * it, so it imports this file (`@innobridge/contracts/locales`) rather than the schemas.
 */
export const LOCALES = ['ru', 'zh', 'en'] as const;
