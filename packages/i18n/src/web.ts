/**
 * The web app's messages, one namespace per web module plus `app` for the layout and the pieces every
 * module shares. A new module adds its namespace to this list; the compiler then asks for its loader
 * below and its files in `index.ts`, and the web app's types follow (`apps/web/src/app/i18next.d.ts`). The browser downloads a namespace in one language when a page needs it; this file
 * imports no message itself, so the e-mail templates and the other languages never reach the bundle.
 */
export const WEB_MODULE_NAMESPACES = [
  'identity',
  'organizations',
  'registry',
  'exchange',
  'notifications',
  'admin',
  'mailbox',
  'dashboard',
  'matching',
  'alerts',
  'events',
  'meetings',
  'services',
  'board',
] as const;
export type WebModuleNamespace = (typeof WEB_MODULE_NAMESPACES)[number];

/** `app` is loaded with the first page; the API's problem messages (`errors`) are shown on any page. */
export const WEB_NAMESPACES = ['app', ...WEB_MODULE_NAMESPACES, 'errors'] as const;
export type WebNamespace = (typeof WEB_NAMESPACES)[number];

type Language = 'ru' | 'zh' | 'en';
type Messages = { default: Record<string, unknown> };

/**
 * One loader per namespace, each a dynamic import with the language as its only variable: the bundler
 * makes one chunk per file of that namespace and nothing else (emails.json matches no pattern here).
 */
const loaders: Record<WebNamespace, (language: Language) => Promise<Messages>> = {
  app: (language) => import(`../locales/${language}/app.json`),
  identity: (language) => import(`../locales/${language}/identity.json`),
  organizations: (language) => import(`../locales/${language}/organizations.json`),
  registry: (language) => import(`../locales/${language}/registry.json`),
  exchange: (language) => import(`../locales/${language}/exchange.json`),
  notifications: (language) => import(`../locales/${language}/notifications.json`),
  admin: (language) => import(`../locales/${language}/admin.json`),
  mailbox: (language) => import(`../locales/${language}/mailbox.json`),
  dashboard: (language) => import(`../locales/${language}/dashboard.json`),
  matching: (language) => import(`../locales/${language}/matching.json`),
  alerts: (language) => import(`../locales/${language}/alerts.json`),
  events: (language) => import(`../locales/${language}/events.json`),
  meetings: (language) => import(`../locales/${language}/meetings.json`),
  services: (language) => import(`../locales/${language}/services.json`),
  board: (language) => import(`../locales/${language}/board.json`),
  errors: (language) => import(`../locales/${language}/errors.json`),
};

export function isWebNamespace(value: string): value is WebNamespace {
  return (WEB_NAMESPACES as readonly string[]).includes(value);
}

/** The messages of one web namespace in one language. */
export async function loadWebMessages(language: Language, namespace: WebNamespace): Promise<Record<string, unknown>> {
  return (await loaders[namespace](language)).default;
}
