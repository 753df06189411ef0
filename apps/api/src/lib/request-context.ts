import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who signed in to make the current request, and how: set by the auth plugin, read where a record
 * needs it (the audit log says whether a session or an API token acted) without every service
 * passing it along. Outside a request (jobs, start-up) there is none.
 */
export type RequestSignIn = { userId: string; via: 'session' | 'token' };

type Store = { signIn: RequestSignIn | null; ip: string | null };

const storage = new AsyncLocalStorage<Store>();

/** Runs the rest of a request (Fastify's onRequest `done`) inside a context of its own. */
export function runInRequestContext(next: () => void, ip: string | null = null): void {
  storage.run({ signIn: null, ip }, next);
}

export function setRequestSignIn(signIn: RequestSignIn): void {
  const store = storage.getStore();
  if (store) store.signIn = signIn;
}

export const requestSignIn = (): RequestSignIn | null => storage.getStore()?.signIn ?? null;

/** The address the current request came from, for records of failed checks; none outside a request. */
export const requestAddress = (): string | null => storage.getStore()?.ip ?? null;
