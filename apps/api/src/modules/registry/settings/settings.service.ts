import type { OperatorJurisdiction, RegistrySettings } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { type Actor, requireAdmin } from '../../../lib/actor.js';
import { recordAudit } from '../../audit/index.js';
import { assertAnyOperator } from '../registry.access.js';
import { DEFAULT_SETTINGS } from '../registry.rules.js';
import * as repo from './settings.repository.js';

/** The registry rules of each operator jurisdiction: the stored ones, or the defaults. */
export async function allSettings(ctx: AppContext): Promise<Record<OperatorJurisdiction, RegistrySettings>> {
  const rows = await repo.findSettings(ctx.db);
  const stored = Object.fromEntries(rows.map((r) => [r.jurisdiction, r.settings]));
  return { RU: stored.RU ?? DEFAULT_SETTINGS.RU, CN: stored.CN ?? DEFAULT_SETTINGS.CN };
}

/** The registry rules of a jurisdiction, for operators and admins. */
export async function readSettings(
  ctx: AppContext,
  actor: Actor,
  jurisdiction: OperatorJurisdiction,
): Promise<RegistrySettings> {
  assertAnyOperator(actor);
  return (await allSettings(ctx))[jurisdiction];
}

/** An admin changes the rules of a jurisdiction; the change is audited. */
export async function updateSettings(
  ctx: AppContext,
  actor: Actor,
  jurisdiction: OperatorJurisdiction,
  settings: RegistrySettings,
): Promise<RegistrySettings> {
  requireAdmin(actor);
  await ctx.db.transaction(async (tx) => {
    await repo.upsertSettings(tx, { jurisdiction, settings, updatedBy: actor.userId, updatedAt: ctx.clock.now() });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'registry.settings_updated',
      subjectType: 'registry_settings',
      subjectId: jurisdiction,
      summary: { settings },
    });
  });
  return settings;
}
