import type { resources } from '@innobridge/i18n';

type Messages = typeof resources.en;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    /** Keys of the modules' namespaces are found without a prefix, as at run time (see i18n.ts). */
    fallbackNS: ['identity', 'organizations', 'registry', 'exchange', 'notifications', 'admin', 'mailbox', 'dashboard'];
    resources: {
      app: Messages['app'];
      identity: Messages['identity'];
      organizations: Messages['organizations'];
      registry: Messages['registry'];
      exchange: Messages['exchange'];
      notifications: Messages['notifications'];
      admin: Messages['admin'];
      mailbox: Messages['mailbox'];
      dashboard: Messages['dashboard'];
      errors: Messages['errors'];
    };
  }
}
