import type { DocumentKind, Eligibility, OperatorJurisdiction, StatusApplication } from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import * as registry from '../registry.service.js';
import type { StatusAction } from '../registry.workflow.js';
import {
  describeApplication,
  describeApplications,
  describeHistory,
  documentOut,
  statusOut,
} from './applications.views.js';

/**
 * The applications' workflow as routes and other modules call it: each step of registry.service.ts,
 * answered in the contract's shapes.
 */

type Ctx = AppContext;
type Upload = { kind: z.infer<typeof DocumentKind>; fileName: string; content: Buffer };
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** The organisation's cluster status, history, eligibility and applications. */
export async function organizationRegistry(ctx: Ctx, actor: Actor, organizationId: string) {
  const view = await registry.organizationRegistry(ctx, actor, organizationId);
  const [applications, history] = await Promise.all([
    describeApplications(ctx, actor, view.applications, { full: true }),
    describeHistory(ctx, view.history),
  ]);
  return {
    ...statusOut(view.org),
    eligibility: {
      ...view.eligibility,
      reapplyAfter: iso(view.eligibility.reapplyAfter),
    } satisfies z.infer<typeof Eligibility>,
    applications,
    history,
  };
}

export async function createApplication(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  input: { reviewerJurisdiction?: OperatorJurisdiction },
) {
  return describeApplication(ctx, actor, await registry.createApplication(ctx, actor, organizationId, input));
}

export async function getApplication(ctx: Ctx, actor: Actor, id: string) {
  return describeApplication(ctx, actor, await registry.getApplication(ctx, actor, id));
}

export async function uploadDocument(ctx: Ctx, actor: Actor, applicationId: string, upload: Upload) {
  return documentOut(await registry.uploadDocument(ctx, actor, applicationId, upload));
}

/** An upload over HTTP: the reader authorises first, so that a stranger's file is not even read. */
export async function uploadDocumentFrom(ctx: Ctx, actor: Actor, applicationId: string, read: () => Promise<Upload>) {
  const application = await registry.loadApplication(ctx, applicationId);
  await registry.getApplication(ctx, actor, application.id);
  return uploadDocument(ctx, actor, application.id, await read());
}

type Step<A extends unknown[]> = (
  ctx: Ctx,
  actor: Actor,
  id: string,
  ...args: A
) => Promise<Parameters<typeof describeApplication>[2]>;

/** A workflow step that answers with the application as its reader now sees it. */
const described =
  <A extends unknown[]>(step: Step<A>) =>
  async (ctx: Ctx, actor: Actor, id: string, ...args: A): Promise<z.infer<typeof StatusApplication>> =>
    describeApplication(ctx, actor, await step(ctx, actor, id, ...args));

export const submitApplication = described(registry.submitApplication);
export const withdrawApplication = described(registry.withdrawApplication);
export const answerInformationRequest = described(registry.answerInformationRequest);
export const takeApplication = described(registry.takeApplication);
export const requestInformation = described(registry.requestInformation);
export const approveApplication = described(registry.approveApplication);
export const rejectApplication = described(registry.rejectApplication);

/** An operator suspends, excludes or reinstates an organisation. */
export async function changeStatus(
  ctx: Ctx,
  actor: Actor,
  organizationId: string,
  action: StatusAction,
  reason: string,
) {
  return statusOut(await registry.changeStatusDirectly(ctx, actor, organizationId, action, reason));
}
