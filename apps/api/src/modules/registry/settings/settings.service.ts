import type { OperatorJurisdiction, RegistrySettings } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { assertAnyOperator } from '../operator-access.js';
import { allSettings } from '../registry.service.js';

export { updateSettings } from '../registry.service.js';

/** The registry rules of a jurisdiction, for operators and admins. */
export async function readSettings(
  ctx: AppContext,
  actor: Actor,
  jurisdiction: OperatorJurisdiction,
): Promise<RegistrySettings> {
  assertAnyOperator(actor);
  return (await allSettings(ctx))[jurisdiction];
}
