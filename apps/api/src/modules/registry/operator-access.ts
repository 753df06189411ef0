import { type Actor, isAdmin, operatorJurisdictions } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';

/** Refuses anyone who is neither an operator (of any jurisdiction) nor an admin. */
export function assertAnyOperator(actor: Actor): void {
  if (!isAdmin(actor) && operatorJurisdictions(actor).length === 0) throw new AppError('operator_required');
}
