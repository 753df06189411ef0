import type { ApiTokenInfo } from '@innobridge/contracts';
import type { ApiTokenRow } from './api-tokens.repository.js';

/** A token as its owner sees it: never the secret or its hash. */
export const apiTokenView = (t: ApiTokenRow): ApiTokenInfo => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scopes: t.scopes as ApiTokenInfo['scopes'],
  createdAt: t.createdAt.toISOString(),
  expiresAt: t.expiresAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});
