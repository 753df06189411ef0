import type { ApiTokenInfo, ApiTokenScope, CreatedApiToken } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { DAY } from '../../../lib/clock.js';
import { hashSecret, newId, newSecret } from '../../../lib/ids.js';
import { recordAudit } from '../../audit/index.js';
import { assertFreshSecondFactor } from '../two-factor/two-factor.service.js';
import * as tokenRepo from './api-tokens.repository.js';
import { apiTokenView } from './api-tokens.views.js';

// Personal API tokens: made in a signed-in session with a fresh second factor, limited by scopes and an expiry.

export const API_TOKEN_PREFIX = 'ib_';

type Ctx = AppContext;

export async function createApiToken(
  ctx: Ctx,
  actor: Actor,
  input: { name: string; scopes: ApiTokenScope[]; expiresInDays: number; code?: string },
): Promise<CreatedApiToken> {
  await assertFreshSecondFactor(ctx, actor, input.code);
  const token = `${API_TOKEN_PREFIX}${newSecret()}`;
  const now = ctx.clock.now();
  const row = {
    id: newId(),
    userId: actor.userId,
    name: input.name,
    prefix: token.slice(0, 10),
    tokenHash: hashSecret(token),
    scopes: input.scopes,
    createdAt: now,
    expiresAt: new Date(now.getTime() + input.expiresInDays * DAY),
    lastUsedAt: null,
    revokedAt: null,
  };
  await ctx.db.transaction(async (tx) => {
    await tokenRepo.insertApiToken(tx, row);
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'api_token.created',
      subjectType: 'api_token',
      subjectId: row.id,
      summary: { name: input.name, scopes: input.scopes, expiresAt: row.expiresAt.toISOString() },
    });
  });
  return { ...apiTokenView(row), token };
}

/** The user's live API tokens (never their secrets). */
export async function listApiTokens(ctx: Ctx, actor: Actor): Promise<{ items: ApiTokenInfo[] }> {
  return { items: (await tokenRepo.listLiveApiTokens(ctx.db, actor.userId)).map(apiTokenView) };
}

export async function revokeApiToken(ctx: Ctx, actor: Actor, tokenId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const revoked = await tokenRepo.revokeApiToken(tx, actor.userId, tokenId, ctx.clock.now());
    if (!revoked) throw new AppError('api_token_not_found');
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'api_token.revoked',
      subjectType: 'api_token',
      subjectId: tokenId,
    });
  });
}
