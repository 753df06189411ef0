import enCommon from '../locales/en/common.json' with { type: 'json' };
import enEmails from '../locales/en/emails.json' with { type: 'json' };
import enErrors from '../locales/en/errors.json' with { type: 'json' };
import enWeb from '../locales/en/web.json' with { type: 'json' };
import ruCommon from '../locales/ru/common.json' with { type: 'json' };
import ruEmails from '../locales/ru/emails.json' with { type: 'json' };
import ruErrors from '../locales/ru/errors.json' with { type: 'json' };
import ruWeb from '../locales/ru/web.json' with { type: 'json' };
import zhCommon from '../locales/zh/common.json' with { type: 'json' };
import zhEmails from '../locales/zh/emails.json' with { type: 'json' };
import zhErrors from '../locales/zh/errors.json' with { type: 'json' };
import zhWeb from '../locales/zh/web.json' with { type: 'json' };

export const NAMESPACES = ['common', 'errors', 'emails', 'web'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** Every message of the platform, by language and namespace (i18next resource layout). */
export const resources = {
  en: { common: enCommon, errors: enErrors, emails: enEmails, web: enWeb },
  ru: { common: ruCommon, errors: ruErrors, emails: ruEmails, web: ruWeb },
  zh: { common: zhCommon, errors: zhErrors, emails: zhEmails, web: zhWeb },
} as const;

export type ResourceLanguage = keyof typeof resources;
