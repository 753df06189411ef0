import type { resources } from '@innobridge/i18n';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'web';
    resources: { web: typeof resources.en.web; errors: typeof resources.en.errors };
  }
}
