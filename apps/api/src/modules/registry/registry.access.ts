import type { OperatorJurisdiction } from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { memberRole, type OrganizationRecord } from '../organizations/index.js';
import { applicationsOfOrganization } from './applications/applications.repository.js';

// Who may do what in the registry: the rules the applications, the case files and the settings share.

/** Refuses anyone who is neither an operator (of any jurisdiction) nor an admin. */
export function assertAnyOperator(actor: Actor): void {
  if (!isAdmin(actor) && operatorJurisdictions(actor).length === 0) throw new AppError('operator_required');
}

/** The applicant side acts through the organisation's admins. */
export async function assertApplicantAdmin(ctx: AppContext, actor: Actor, organizationId: string) {
  const role = await memberRole(ctx, organizationId, actor.userId);
  if (role === 'admin') return;
  throw new AppError(role ? 'organization_admin_required' : 'organization_forbidden');
}

/** Admins, and operators of the jurisdiction, act on what it reviews. */
export function assertOperatorOf(actor: Actor, jurisdiction: OperatorJurisdiction | null) {
  if (isAdmin(actor)) return;
  const own = operatorJurisdictions(actor);
  if (own.length === 0) throw new AppError('operator_required');
  if (!jurisdiction || !own.includes(jurisdiction)) throw new AppError('operator_other_jurisdiction');
}

/**
 * Nobody decides on their own organisation: an operator (or admin) who is a member of the applicant
 * leaves its application, and its status, to another operator.
 */
export async function assertNotOwnOrganization(ctx: AppContext, actor: Actor, organizationId: string) {
  if (await memberRole(ctx, organizationId, actor.userId)) throw new AppError('decision_own_organization');
}

/**
 * The operator jurisdiction responsible for an organisation: its own for RU and CN; for others, the
 * one that reviewed its latest application.
 */
export async function responsibleJurisdiction(
  ctx: AppContext,
  org: OrganizationRecord,
): Promise<OperatorJurisdiction | null> {
  if (org.jurisdiction !== 'OTHER') return org.jurisdiction;
  const [latest] = await applicationsOfOrganization(ctx.db, org.id);
  return latest?.reviewerJurisdiction ?? null;
}
