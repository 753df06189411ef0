import type { ApplicationDocument, DocumentKind } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { newId } from '../../../lib/ids.js';
import { inspectUpload } from '../../../lib/uploads.js';
import { recordAudit, recordEvent } from '../../audit/index.js';
import { assertApplicantAdmin } from '../registry.access.js';
import { EDITABLE_STATES } from '../registry.workflow.js';
import * as repo from './applications.repository.js';
import { changedError, loadApplication, readableApplication } from './applications.service.js';
import { documentOut } from './applications.views.js';

// An application's documents: uploaded by the applicant's admins while it is editable, read by its readers.

type Ctx = AppContext;
type Upload = { kind: DocumentKind; fileName: string; content: Buffer };

/**
 * Stores an uploaded document after checking its real type by content; a document of the same kind
 * is replaced. A refused file leaves nothing behind.
 */
export async function uploadDocument(
  ctx: Ctx,
  actor: Actor,
  applicationId: string,
  input: Upload,
): Promise<ApplicationDocument> {
  const application = await loadApplication(ctx, applicationId);
  await assertApplicantAdmin(ctx, actor, application.organizationId);
  if (!EDITABLE_STATES.includes(application.state)) throw new AppError('documents_locked');
  const file = await inspectUpload(input.fileName, input.content, input.kind);
  const now = ctx.clock.now();
  const row = {
    id: newId(),
    applicationId,
    kind: input.kind,
    ...file,
    storageKey: `applications/${applicationId}/${newId()}`,
    uploadedBy: actor.userId,
    uploadedAt: now,
  };
  await ctx.storage.put(row.storageKey, input.content);
  try {
    await ctx.db.transaction(async (tx) => {
      // The application must still be editable when the row is written (the upload took time).
      const locked = await repo.compareAndSetApplication(tx, applicationId, application, { updatedAt: now });
      if (!locked) throw changedError(await repo.findApplication(tx, applicationId));
      await repo.removeDocuments(tx, applicationId, { kind: input.kind }, now);
      await repo.insertDocument(tx, row);
      await recordAudit(tx, ctx.clock, {
        actorUserId: actor.userId,
        action: 'registry.document_uploaded',
        subjectType: 'status_application',
        subjectId: applicationId,
        summary: { documentId: row.id, kind: row.kind, sha256: row.sha256, size: row.size },
      });
    });
  } catch (error) {
    await ctx.storage.delete(row.storageKey);
    throw error;
  }
  return documentOut(row);
}

/** An upload over HTTP: the reader authorises first, so that a stranger's file is not even read. */
export async function uploadDocumentFrom(ctx: Ctx, actor: Actor, applicationId: string, read: () => Promise<Upload>) {
  const application = await loadApplication(ctx, applicationId);
  await readableApplication(ctx, actor, application.id);
  return uploadDocument(ctx, actor, application.id, await read());
}

export async function removeDocument(ctx: Ctx, actor: Actor, applicationId: string, documentId: string) {
  const application = await loadApplication(ctx, applicationId);
  await assertApplicantAdmin(ctx, actor, application.organizationId);
  if (!EDITABLE_STATES.includes(application.state)) throw new AppError('documents_locked');
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.removeDocuments(tx, applicationId, { id: documentId }, ctx.clock.now()))) {
      throw new AppError('document_not_found');
    }
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'registry.document_removed',
      subjectType: 'status_application',
      subjectId: applicationId,
      summary: { documentId },
    });
  });
}

/** A document and its content, for its readers; each download is recorded. */
export async function readDocument(ctx: Ctx, actor: Actor, applicationId: string, documentId: string) {
  const application = await readableApplication(ctx, actor, applicationId);
  const document = await repo.findDocument(ctx.db, application.id, documentId);
  if (!document) throw new AppError('document_not_found');
  const content = await ctx.storage.get(document.storageKey);
  await recordEvent(ctx, {
    actorUserId: actor.userId,
    action: 'registry.document_downloaded',
    subjectType: 'status_application',
    subjectId: application.id,
    summary: { documentId: document.id, kind: document.kind, sha256: document.sha256 },
  });
  return { document, content };
}
