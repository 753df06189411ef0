import enAdmin from '../locales/en/admin.json' with { type: 'json' };
import enAlerts from '../locales/en/alerts.json' with { type: 'json' };
import enApiDocs from '../locales/en/apidocs.json' with { type: 'json' };
import enApp from '../locales/en/app.json' with { type: 'json' };
import enBoard from '../locales/en/board.json' with { type: 'json' };
import enCommon from '../locales/en/common.json' with { type: 'json' };
import enDashboard from '../locales/en/dashboard.json' with { type: 'json' };
import enEmails from '../locales/en/emails.json' with { type: 'json' };
import enErrors from '../locales/en/errors.json' with { type: 'json' };
import enEvents from '../locales/en/events.json' with { type: 'json' };
import enExchange from '../locales/en/exchange.json' with { type: 'json' };
import enIdentity from '../locales/en/identity.json' with { type: 'json' };
import enMailbox from '../locales/en/mailbox.json' with { type: 'json' };
import enMatching from '../locales/en/matching.json' with { type: 'json' };
import enMeetings from '../locales/en/meetings.json' with { type: 'json' };
import enNotifications from '../locales/en/notifications.json' with { type: 'json' };
import enOrganizations from '../locales/en/organizations.json' with { type: 'json' };
import enRegistry from '../locales/en/registry.json' with { type: 'json' };
import enServices from '../locales/en/services.json' with { type: 'json' };
import ruAdmin from '../locales/ru/admin.json' with { type: 'json' };
import ruAlerts from '../locales/ru/alerts.json' with { type: 'json' };
import ruApiDocs from '../locales/ru/apidocs.json' with { type: 'json' };
import ruApp from '../locales/ru/app.json' with { type: 'json' };
import ruBoard from '../locales/ru/board.json' with { type: 'json' };
import ruCommon from '../locales/ru/common.json' with { type: 'json' };
import ruDashboard from '../locales/ru/dashboard.json' with { type: 'json' };
import ruEmails from '../locales/ru/emails.json' with { type: 'json' };
import ruErrors from '../locales/ru/errors.json' with { type: 'json' };
import ruEvents from '../locales/ru/events.json' with { type: 'json' };
import ruExchange from '../locales/ru/exchange.json' with { type: 'json' };
import ruIdentity from '../locales/ru/identity.json' with { type: 'json' };
import ruMailbox from '../locales/ru/mailbox.json' with { type: 'json' };
import ruMatching from '../locales/ru/matching.json' with { type: 'json' };
import ruMeetings from '../locales/ru/meetings.json' with { type: 'json' };
import ruNotifications from '../locales/ru/notifications.json' with { type: 'json' };
import ruOrganizations from '../locales/ru/organizations.json' with { type: 'json' };
import ruRegistry from '../locales/ru/registry.json' with { type: 'json' };
import ruServices from '../locales/ru/services.json' with { type: 'json' };
import zhAdmin from '../locales/zh/admin.json' with { type: 'json' };
import zhAlerts from '../locales/zh/alerts.json' with { type: 'json' };
import zhApiDocs from '../locales/zh/apidocs.json' with { type: 'json' };
import zhApp from '../locales/zh/app.json' with { type: 'json' };
import zhBoard from '../locales/zh/board.json' with { type: 'json' };
import zhCommon from '../locales/zh/common.json' with { type: 'json' };
import zhDashboard from '../locales/zh/dashboard.json' with { type: 'json' };
import zhEmails from '../locales/zh/emails.json' with { type: 'json' };
import zhErrors from '../locales/zh/errors.json' with { type: 'json' };
import zhEvents from '../locales/zh/events.json' with { type: 'json' };
import zhExchange from '../locales/zh/exchange.json' with { type: 'json' };
import zhIdentity from '../locales/zh/identity.json' with { type: 'json' };
import zhMailbox from '../locales/zh/mailbox.json' with { type: 'json' };
import zhMatching from '../locales/zh/matching.json' with { type: 'json' };
import zhMeetings from '../locales/zh/meetings.json' with { type: 'json' };
import zhNotifications from '../locales/zh/notifications.json' with { type: 'json' };
import zhOrganizations from '../locales/zh/organizations.json' with { type: 'json' };
import zhRegistry from '../locales/zh/registry.json' with { type: 'json' };
import zhServices from '../locales/zh/services.json' with { type: 'json' };
import { WEB_MODULE_NAMESPACES } from './web.js';

export { WEB_MODULE_NAMESPACES, WEB_NAMESPACES, type WebModuleNamespace, type WebNamespace } from './web.js';

/**
 * `app` and the web modules' namespaces are the web app's; the API reads `admin` for the audit report
 * and `apidocs` for its documentation page.
 */
export const NAMESPACES = ['common', 'errors', 'emails', 'app', ...WEB_MODULE_NAMESPACES, 'apidocs'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * Every message of the platform, by language and namespace (i18next resource layout). For the server
 * and the tests: it imports every file, so the web app loads its namespaces through `./web.js` instead.
 * A namespace added to `WEB_MODULE_NAMESPACES` is asked for here by the compiler, in every language.
 */
export const resources = {
  en: {
    common: enCommon,
    errors: enErrors,
    emails: enEmails,
    app: enApp,
    identity: enIdentity,
    organizations: enOrganizations,
    registry: enRegistry,
    exchange: enExchange,
    notifications: enNotifications,
    admin: enAdmin,
    apidocs: enApiDocs,
    mailbox: enMailbox,
    dashboard: enDashboard,
    matching: enMatching,
    alerts: enAlerts,
    events: enEvents,
    meetings: enMeetings,
    services: enServices,
    board: enBoard,
  },
  ru: {
    common: ruCommon,
    errors: ruErrors,
    emails: ruEmails,
    app: ruApp,
    identity: ruIdentity,
    organizations: ruOrganizations,
    registry: ruRegistry,
    exchange: ruExchange,
    notifications: ruNotifications,
    admin: ruAdmin,
    apidocs: ruApiDocs,
    mailbox: ruMailbox,
    dashboard: ruDashboard,
    matching: ruMatching,
    alerts: ruAlerts,
    events: ruEvents,
    meetings: ruMeetings,
    services: ruServices,
    board: ruBoard,
  },
  zh: {
    common: zhCommon,
    errors: zhErrors,
    emails: zhEmails,
    app: zhApp,
    identity: zhIdentity,
    organizations: zhOrganizations,
    registry: zhRegistry,
    exchange: zhExchange,
    notifications: zhNotifications,
    admin: zhAdmin,
    apidocs: zhApiDocs,
    mailbox: zhMailbox,
    dashboard: zhDashboard,
    matching: zhMatching,
    alerts: zhAlerts,
    events: zhEvents,
    meetings: zhMeetings,
    services: zhServices,
    board: zhBoard,
  },
} as const satisfies Record<'ru' | 'zh' | 'en', Record<Namespace, unknown>>;

export type ResourceLanguage = keyof typeof resources;
