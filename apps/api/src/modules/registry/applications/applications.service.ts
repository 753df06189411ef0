import {
  type OperatorJurisdiction,
  type OrganizationRegistry,
  type OrganizationStatus,
  placeWords,
  type RegistrySettings,
  type StatusApplication,
} from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import { isUniqueViolation } from '../../../db/errors.js';
import { type Actor, isAdmin, operatorJurisdictions } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { newId } from '../../../lib/ids.js';
import { recordAudit } from '../../audit/index.js';
import { getOrganization, memberRole, type OrganizationRecord } from '../../organizations/index.js';
import { assertApplicantAdmin, responsibleJurisdiction } from '../registry.access.js';
import { type EligibilityResult, eligibility } from '../registry.rules.js';
import { allSettings } from '../settings/settings.service.js';
import * as repo from './applications.repository.js';
import { describeApplication, describeApplications, describeHistory, statusOut } from './applications.views.js';

// Status applications: reading them, the organisation's registry page, and starting one.

type Ctx = AppContext;

/** Labels of a status and of an application's state, for the parameters of error messages. */
export const statusLabel = (status: string) => ({ key: `status.${status}`, ns: 'common' as const });
export const stateLabel = (state: string) => ({ key: `state.${state}`, ns: 'common' as const });

/** The error for a lost race, naming the state the application is now in (read inside the transaction). */
export const changedError = (now: repo.ApplicationRow | undefined) =>
  new AppError('application_changed', { params: { state: stateLabel(now?.state ?? 'draft') } });

/** Whether the application was ever sent to an operator (a draft, and a draft withdrawn, were not). */
export const wasSubmitted = (application: repo.ApplicationRow) => !!application.submittedAt;

export async function loadApplication(ctx: Ctx, id: string) {
  const application = await repo.findApplication(ctx.db, id);
  if (!application) throw new AppError('application_not_found');
  return application;
}

/**
 * Members of the organisation, operators of the jurisdiction, and admins may read an application; one
 * never submitted (a draft, or a draft withdrawn) is the organisation's own, which no operator reads.
 */
async function assertCanRead(ctx: Ctx, actor: Actor, application: repo.ApplicationRow) {
  if (await memberRole(ctx, application.organizationId, actor.userId)) return;
  if (!application.submittedAt && !isAdmin(actor)) throw new AppError('organization_forbidden');
  if (isAdmin(actor) || operatorJurisdictions(actor).includes(application.reviewerJurisdiction)) return;
  throw new AppError(operatorJurisdictions(actor).length ? 'operator_other_jurisdiction' : 'organization_forbidden');
}

/** The application's row, once the reader may read it. */
export async function readableApplication(ctx: Ctx, actor: Actor, id: string) {
  const application = await loadApplication(ctx, id);
  await assertCanRead(ctx, actor, application);
  return application;
}

export async function getApplication(ctx: Ctx, actor: Actor, id: string): Promise<StatusApplication> {
  return describeApplication(ctx, actor, await readableApplication(ctx, actor, id));
}

/**
 * Who reads an organisation's registry page: its members, admins, and the operators responsible for it;
 * an operator of either side may read an organisation from a third country that has not applied yet.
 * Answers the reader's role in the organisation, if any.
 */
async function assertCanReadRegistry(ctx: Ctx, actor: Actor, org: OrganizationRecord) {
  const role = await memberRole(ctx, org.id, actor.userId);
  const responsible = await responsibleJurisdiction(ctx, org);
  const isItsOperator = !!responsible && operatorJurisdictions(actor).includes(responsible);
  const isOtherOperator = org.jurisdiction === 'OTHER' && !responsible && operatorJurisdictions(actor).length > 0;
  if (!role && !isAdmin(actor) && !isItsOperator && !isOtherOperator) {
    throw new AppError(operatorJurisdictions(actor).length ? 'operator_other_jurisdiction' : 'organization_forbidden');
  }
  return role;
}

/** The organisation's eligibility as the rules of the reviewing jurisdiction judge it. */
function eligibilityOf(
  org: OrganizationRecord,
  input: { reviewerJurisdiction?: OperatorJurisdiction; hasOpenApplication: boolean; now: Date },
  settings: Record<OperatorJurisdiction, RegistrySettings>,
): EligibilityResult {
  return eligibility(
    {
      jurisdiction: org.jurisdiction,
      // The rules match words: every name of the place in every language, and its own text.
      city: placeWords(org.place, org.city),
      status: org.status as OrganizationStatus,
      statusSince: org.statusSince,
      ...input,
    },
    (j) => settings[j],
  );
}

/** The organisation's cluster status, history, eligibility and applications. */
export async function organizationRegistry(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
): Promise<OrganizationRegistry> {
  const org = await getOrganization(ctx, organizationId);
  const role = await assertCanReadRegistry(ctx, actor, org);
  const [all, history, settings] = await Promise.all([
    repo.applicationsOfOrganization(ctx.db, organizationId),
    repo.historyOf(ctx.db, organizationId),
    allSettings(ctx),
  ]);
  // Drafts are the organisation's own until submitted.
  const visible = role || isAdmin(actor) ? all : all.filter(wasSubmitted);
  const result = eligibilityOf(
    org,
    {
      hasOpenApplication: all.some((a) => ['draft', 'submitted', 'in_review', 'info_requested'].includes(a.state)),
      now: ctx.clock.now(),
    },
    settings,
  );
  const reviewer = result.reviewerJurisdictions[0] ?? 'RU';
  const [applications, described] = await Promise.all([
    describeApplications(ctx, actor, visible, { full: true }),
    describeHistory(ctx, history),
  ]);
  return {
    ...statusOut(org),
    eligibility: {
      ...result,
      requiredDocuments: result.status ? settings[reviewer].requiredDocuments[result.status] : [],
      reapplyAfter: result.reapplyAfter?.toISOString() ?? null,
    },
    applications,
    history: described,
  };
}

/** Why the organisation may not apply, as the error its admin reads. */
function refusal(org: OrganizationRecord, result: EligibilityResult) {
  return new AppError(result.reason ?? 'status_not_applicable', {
    params: {
      status: statusLabel(org.status),
      date: result.reapplyAfter
        ? new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC' }).format(result.reapplyAfter)
        : '',
    },
  });
}

/** Starts a status application, a draft, for the organisation's admins. */
export async function createApplication(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  input: { reviewerJurisdiction?: OperatorJurisdiction },
): Promise<StatusApplication> {
  const org = await getOrganization(ctx, organizationId);
  await assertApplicantAdmin(ctx, actor, organizationId);
  if (org.jurisdiction === 'OTHER' && !input.reviewerJurisdiction) {
    throw new AppError('reviewer_required', { fields: [{ path: 'reviewerJurisdiction', code: 'required' }] });
  }
  const reviewerJurisdiction =
    org.jurisdiction === 'OTHER' ? (input.reviewerJurisdiction as OperatorJurisdiction) : org.jurisdiction;
  const settings = await allSettings(ctx);
  const now = ctx.clock.now();
  const hasOpenApplication = await repo.hasOpenApplication(ctx.db, organizationId);
  const result = eligibilityOf(org, { reviewerJurisdiction, hasOpenApplication, now }, settings);
  if (!result.canApply || !result.status) throw refusal(org, result);
  const row = {
    id: newId(),
    organizationId,
    requestedStatus: result.status,
    reviewerJurisdiction,
    state: 'draft' as const,
    previousStatus: org.status,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await ctx.db.transaction(async (tx) => {
      await repo.insertApplication(tx, row);
      await recordAudit(tx, ctx.clock, {
        actorUserId: actor.userId,
        action: 'registry.application_created',
        subjectType: 'status_application',
        subjectId: row.id,
        summary: { organizationId, requestedStatus: row.requestedStatus, reviewerJurisdiction },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error, 'status_applications_one_open')) throw new AppError('application_open');
    throw error;
  }
  return describeApplication(ctx, actor, await loadApplication(ctx, row.id));
}
