import type { RegistrySettings } from '@innobridge/contracts';
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const statusApplications = pgTable(
  'status_applications',
  {
    id: uuid('id').primaryKey(),
    /** An organisation of the organizations module; no foreign key across modules. */
    organizationId: uuid('organization_id').notNull(),
    requestedStatus: text('requested_status', { enum: ['participant', 'partner'] }).notNull(),
    reviewerJurisdiction: text('reviewer_jurisdiction', { enum: ['RU', 'CN'] }).notNull(),
    state: text('state', {
      enum: ['draft', 'submitted', 'in_review', 'info_requested', 'approved', 'rejected', 'withdrawn'],
    }).notNull(),
    /** The organisation's status before it became an applicant, restored if the application fails. */
    previousStatus: text('previous_status').notNull(),
    createdBy: uuid('created_by').notNull(),
    submittedAt: ts('submitted_at'),
    deadlineAt: ts('deadline_at'),
    slaPausedDaysLeft: integer('sla_paused_days_left'),
    assignedOperatorId: uuid('assigned_operator_id'),
    decidedBy: uuid('decided_by'),
    decidedAt: ts('decided_at'),
    decisionReason: text('decision_reason'),
    checklist: jsonb('checklist').$type<string[]>().notNull().default([]),
    /** Bumped by every change; a change names the version it saw (compare-and-set). */
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('status_applications_queue_idx').on(t.reviewerJurisdiction, t.state, t.deadlineAt),
    index('status_applications_org_idx').on(t.organizationId),
    // One open application per organisation at a time.
    uniqueIndex('status_applications_one_open')
      .on(t.organizationId)
      .where(sql`${t.state} in ('draft', 'submitted', 'in_review', 'info_requested')`),
  ],
);

export const applicationDocuments = pgTable(
  'application_documents',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => statusApplications.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: ts('uploaded_at').notNull(),
    /** Replaced or deleted documents stay for the record of what was reviewed. */
    removedAt: ts('removed_at'),
  },
  (t) => [index('application_documents_app_idx').on(t.applicationId)],
);

export const applicationMessages = pgTable(
  'application_messages',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => statusApplications.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['info_request', 'answer', 'decision'] }).notNull(),
    authorId: uuid('author_id').notNull(),
    authorSide: text('author_side', { enum: ['operator', 'applicant'] }).notNull(),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('application_messages_app_idx').on(t.applicationId, t.createdAt)],
);

export const statusHistory = pgTable(
  'status_history',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    actorId: uuid('actor_id'),
    applicationId: uuid('application_id'),
    /**
     * Why the status changed when it was neither a decision nor an operator's action: 'facts_changed',
     * the organisation changed facts its operator had verified (ADR 0014).
     */
    cause: text('cause', { enum: ['facts_changed'] }),
    at: ts('at').notNull(),
  },
  (t) => [index('status_history_org_idx').on(t.organizationId, t.at)],
);

export const registrySettings = pgTable('registry_settings', {
  jurisdiction: text('jurisdiction', { enum: ['RU', 'CN'] }).primaryKey(),
  settings: jsonb('settings').$type<RegistrySettings>().notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: ts('updated_at').notNull(),
});

// Case management: the operator's private accompaniment of an organisation. Each entry belongs to
// the jurisdiction whose operator wrote it (ADR 0014): the other jurisdiction's operators never read it.

export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    jurisdiction: text('jurisdiction', { enum: ['RU', 'CN'] }).notNull(),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('case_notes_org_idx').on(t.organizationId, t.createdAt)],
);

export const caseTasks = pgTable(
  'case_tasks',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    jurisdiction: text('jurisdiction', { enum: ['RU', 'CN'] }).notNull(),
    title: text('title').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    ownerId: uuid('owner_id').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: ts('created_at').notNull(),
    doneAt: ts('done_at'),
  },
  (t) => [index('case_tasks_org_idx').on(t.organizationId, t.dueDate)],
);

export const caseContacts = pgTable(
  'case_contacts',
  {
    id: uuid('id').primaryKey(),
    organizationId: uuid('organization_id').notNull(),
    jurisdiction: text('jurisdiction', { enum: ['RU', 'CN'] }).notNull(),
    authorId: uuid('author_id').notNull(),
    channel: text('channel').notNull(),
    summary: text('summary').notNull(),
    contactedAt: ts('contacted_at').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('case_contacts_org_idx').on(t.organizationId, t.contactedAt)],
);
