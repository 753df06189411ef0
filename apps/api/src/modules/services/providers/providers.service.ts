import type { OperatorJurisdiction, ServiceProvider } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { type Actor, operatorJurisdictions } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { recordAudit } from '../../audit/index.js';
import { getOrganization, membershipsOf } from '../../organizations/index.js';
import * as repo from '../services.repository.js';
import { describeProviders } from '../services.views.js';

/** The provider row of an operator: both are providers from the start (the migration inserts them). */
export const operatorProviderId = (jurisdiction: OperatorJurisdiction) => `operator-${jurisdiction.toLowerCase()}`;

export async function listProviders(ctx: AppContext): Promise<{ items: ServiceProvider[] }> {
  return { items: await describeProviders(ctx, await repo.listProviders(ctx.db)) };
}

/** The ids of the providers the actor acts for (approved or revoked): their operators' and their organisations'. */
export async function providersOfActor(ctx: AppContext, actor: Actor | null): Promise<string[]> {
  if (!actor) return [];
  const operators = operatorJurisdictions(actor).map(operatorProviderId);
  const orgIds = (await membershipsOf(ctx, actor.userId)).map((m) => m.organizationId);
  const orgs = await repo.providersOfOrganizations(ctx.db, orgIds);
  return [...operators, ...orgs.map((p) => p.id)];
}

/** The provider, when the actor acts for it and it is approved; refuses otherwise. */
export async function actingProvider(ctx: AppContext, actor: Actor, providerId: string): Promise<repo.ProviderRow> {
  const provider = await repo.findProvider(ctx.db, providerId);
  if (!provider) throw new AppError('service_provider_not_found');
  if (!(await providersOfActor(ctx, actor)).includes(provider.id)) throw new AppError('service_provider_forbidden');
  if (provider.state !== 'approved') throw new AppError('service_provider_not_approved');
  return provider;
}

/**
 * An operator approves a partner organisation as a provider (or approves it again after a revocation);
 * audited. The provider's jurisdiction is the organisation's.
 */
export async function approveProvider(ctx: AppContext, actor: Actor, organizationId: string): Promise<ServiceProvider> {
  if (operatorJurisdictions(actor).length === 0) throw new AppError('service_provider_forbidden');
  const organization = await getOrganization(ctx, organizationId);
  const now = ctx.clock.now();
  const existing = await repo.findProvider(ctx.db, organizationId);
  const row = await ctx.db.transaction(async (tx) => {
    const written = existing
      ? existing.state === 'approved'
        ? existing
        : await repo.setProviderState(tx, existing.id, existing.version, {
            state: 'approved',
            decidedBy: actor.userId,
            decidedAt: now,
          })
      : await repo.insertProvider(tx, {
          id: organizationId,
          kind: 'organization',
          jurisdiction: organization.jurisdiction,
          organizationId,
          state: 'approved',
          decidedBy: actor.userId,
          decidedAt: now,
          createdAt: now,
        });
    if (!written) throw new AppError('service_provider_conflict');
    if (written !== existing) {
      await recordAudit(tx, ctx.clock, {
        actorUserId: actor.userId,
        action: 'service_provider.approved',
        subjectType: 'service_provider',
        subjectId: written.id,
        summary: { organizationId },
      });
    }
    return written;
  });
  const [provider] = await describeProviders(ctx, [row]);
  return provider as ServiceProvider;
}

/** An operator revokes a partner organisation's role of provider: its services leave the catalogue; audited. */
export async function revokeProvider(ctx: AppContext, actor: Actor, providerId: string): Promise<ServiceProvider> {
  if (operatorJurisdictions(actor).length === 0) throw new AppError('service_provider_forbidden');
  const existing = await repo.findProvider(ctx.db, providerId);
  if (!existing) throw new AppError('service_provider_not_found');
  // The operators are providers by what they are: they cannot be revoked.
  if (existing.kind === 'operator') throw new AppError('service_provider_forbidden');
  if (existing.state === 'revoked') {
    const [same] = await describeProviders(ctx, [existing]);
    return same as ServiceProvider;
  }
  const row = await ctx.db.transaction(async (tx) => {
    const written = await repo.setProviderState(tx, existing.id, existing.version, {
      state: 'revoked',
      decidedBy: actor.userId,
      decidedAt: ctx.clock.now(),
    });
    if (!written) throw new AppError('service_provider_conflict');
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'service_provider.revoked',
      subjectType: 'service_provider',
      subjectId: written.id,
      summary: { organizationId: written.organizationId },
    });
    return written;
  });
  const [provider] = await describeProviders(ctx, [row]);
  return provider as ServiceProvider;
}
