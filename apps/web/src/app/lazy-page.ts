import type { WebNamespace } from '@innobridge/i18n/web';
import { lazyRouteComponent } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { loadNamespace } from './i18n.js';

/**
 * A page of a module, code-split: its chunk and its module's messages (in the active language) are
 * fetched together, when the route is entered or preloaded, and the page renders once both are there.
 */
export function lazyPage<T extends Record<string, unknown>, K extends keyof T & string>(
  namespace: WebNamespace,
  importer: () => Promise<T>,
  exportName: K,
) {
  return lazyRouteComponent(async () => {
    const [module] = await Promise.all([importer(), loadNamespace(namespace)]);
    return module as T & Record<K, ComponentType>;
  }, exportName);
}
