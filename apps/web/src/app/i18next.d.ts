import type { resources, WEB_MODULE_NAMESPACES, WebNamespace } from '@innobridge/i18n';

type Messages = typeof resources.en;

/** Derived from the i18n package's list of web namespaces: a new module's namespace needs no line here. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    /**
     * Keys of the modules' namespaces are found without a prefix, as at run time (see i18n.ts). A mutable
     * tuple: given the readonly list itself, i18next stops checking keys at all.
     */
    fallbackNS: [...typeof WEB_MODULE_NAMESPACES];
    resources: Pick<Messages, WebNamespace>;
  }
}
