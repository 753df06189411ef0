import type {
  ApplicationDocument,
  CurrentStatus,
  DocumentKind,
  OrganizationStatus,
  StatusApplication,
  StatusHistoryEntry,
} from '@innobridge/contracts';
import type { z } from 'zod';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { people } from '../../identity/index.js';
import { membershipsOf, organizationsByIds } from '../../organizations/index.js';
import { isOverdue } from '../registry.workflow.js';
import { allSettings } from '../settings/settings.service.js';
import * as repo from './applications.repository.js';

type Application = z.infer<typeof StatusApplication>;
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

export const documentOut = (d: Omit<repo.DocumentRow, 'removedAt'>): z.infer<typeof ApplicationDocument> => ({
  id: d.id,
  kind: d.kind as z.infer<typeof DocumentKind>,
  fileName: d.fileName,
  contentType: d.contentType,
  size: d.size,
  sha256: d.sha256,
  uploadedAt: d.uploadedAt.toISOString(),
});

/**
 * Applications with everything a reader sees: the organisation, documents, messages and names — each
 * looked up once for all the rows. `full` adds the documents and messages (the queue shows neither).
 */
export async function describeApplications(
  ctx: AppContext,
  actor: Actor,
  rows: repo.ApplicationRow[],
  options: { full: boolean },
): Promise<Application[]> {
  const ids = rows.map((r) => r.id);
  const [orgs, documents, messages, settings, memberships] = await Promise.all([
    organizationsByIds(
      ctx,
      rows.map((r) => r.organizationId),
    ),
    options.full ? repo.currentDocuments(ctx.db, ids) : Promise.resolve([]),
    options.full ? repo.messagesOf(ctx.db, ids) : Promise.resolve([]),
    allSettings(ctx),
    membershipsOf(ctx, actor.userId),
  ]);
  const own = new Set(memberships.map((m) => m.organizationId));
  const named = await people(ctx, [
    ...new Set([
      ...rows.flatMap((r) => (r.assignedOperatorId ? [r.assignedOperatorId] : [])),
      ...messages.map((m) => m.authorId),
    ]),
  ]);
  const nameOf = (id: string | null) => (id ? (named.find((p) => p.userId === id)?.displayName ?? null) : null);
  const now = ctx.clock.now();
  return rows.map((a): Application => {
    const org = orgs.find((o) => o.id === a.organizationId);
    return {
      id: a.id,
      organizationId: a.organizationId,
      organizationName: org?.name ?? {},
      organizationType: (org?.type ?? 'company') as Application['organizationType'],
      organizationJurisdiction: org?.jurisdiction ?? 'OTHER',
      organizationPlace: org?.place ?? 'other',
      organizationCity: org?.city ?? '',
      requestedStatus: a.requestedStatus,
      reviewerJurisdiction: a.reviewerJurisdiction,
      state: a.state,
      submittedAt: iso(a.submittedAt),
      deadlineAt: iso(a.deadlineAt),
      overdue: isOverdue(a, now),
      slaPausedDaysLeft: a.state === 'info_requested' ? a.slaPausedDaysLeft : null,
      assignedOperatorId: a.assignedOperatorId,
      assignedOperatorName: nameOf(a.assignedOperatorId),
      decidedAt: iso(a.decidedAt),
      decisionReason: a.decisionReason,
      checklist: a.checklist as Application['checklist'],
      requiredDocuments: settings[a.reviewerJurisdiction].requiredDocuments[a.requestedStatus],
      documents: documents.filter((d) => d.applicationId === a.id).map(documentOut),
      messages: messages
        .filter((m) => m.applicationId === a.id)
        .map((m) => ({
          id: m.id,
          kind: m.kind,
          authorName: nameOf(m.authorId) ?? '',
          authorSide: m.authorSide,
          body: m.body,
          createdAt: m.createdAt.toISOString(),
        })),
      ownOrganization: own.has(a.organizationId),
      version: a.version,
      createdAt: a.createdAt.toISOString(),
      updatedAt: a.updatedAt.toISOString(),
    };
  });
}

/** One application, described in full. */
export async function describeApplication(ctx: AppContext, actor: Actor, row: repo.ApplicationRow) {
  return (await describeApplications(ctx, actor, [row], { full: true }))[0] as Application;
}

/** An organisation's status history, with the names of who changed it (one look-up). */
export async function describeHistory(
  ctx: AppContext,
  history: repo.HistoryRow[],
): Promise<z.infer<typeof StatusHistoryEntry>[]> {
  const actors = await people(
    ctx,
    history.flatMap((h) => (h.actorId ? [h.actorId] : [])),
  );
  return history.map((h) => ({
    id: h.id,
    fromStatus: h.fromStatus as z.infer<typeof OrganizationStatus>,
    toStatus: h.toStatus as z.infer<typeof OrganizationStatus>,
    reason: h.reason,
    actorName: actors.find((a) => a.userId === h.actorId)?.displayName ?? null,
    applicationId: h.applicationId,
    cause: h.cause,
    at: h.at.toISOString(),
  }));
}

/** An organisation's status and since when. */
export const statusOut = (org: { status: string; statusSince: Date | null }): CurrentStatus => ({
  status: org.status as z.infer<typeof OrganizationStatus>,
  statusSince: iso(org.statusSince),
});
