import type {
  EligibilityRule,
  FormAnswers,
  FormDefinition,
  LocalizedText,
  ServiceBudget,
  ServiceCost,
} from '@innobridge/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Who provides services: the two operators (rows `operator-ru` and `operator-cn`, there from the
 * start) and partner organisations an operator approved (the row's id is the organisation's id). A
 * revoked provider keeps its row and its services, which leave the catalogue.
 */
export const serviceProviders = pgTable(
  'service_providers',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    organizationId: uuid('organization_id'),
    state: text('state').notNull().default('approved'),
    decidedBy: uuid('decided_by'),
    decidedAt: ts('decided_at'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('service_providers_organization_idx').on(t.organizationId)],
);

/** A service a provider offers, its eligibility rules (data, ADR 0028) and its grant budget. */
export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey(),
    providerId: text('provider_id')
      .notNull()
      .references(() => serviceProviders.id),
    category: text('category').notNull(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    /** The languages of its texts, for the catalogue's filter. */
    languages: text('languages').array().notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    cost: jsonb('cost').$type<ServiceCost>().notNull(),
    costKind: text('cost_kind').notNull(),
    budget: jsonb('budget').$type<ServiceBudget | null>(),
    /** What approvals reserved of the budget; never above it (checked in the same UPDATE). */
    reserved: bigint('reserved', { mode: 'number' }).notNull().default(0),
    budgetAmount: bigint('budget_amount', { mode: 'number' }),
    deadlineDays: integer('deadline_days').notNull(),
    rules: jsonb('rules').$type<EligibilityRule[]>().notNull(),
    /** The form's current version (service_forms). */
    formVersion: integer('form_version').notNull().default(1),
    state: text('state').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    publishedAt: ts('published_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('services_state_idx').on(t.state, t.publishedAt),
    index('services_provider_idx').on(t.providerId),
    check('services_reserved_within_budget', sql`${t.budgetAmount} is null or ${t.reserved} <= ${t.budgetAmount}`),
  ],
);

/** Every version of a service's application form; an application names the one it was made with. */
export const serviceForms = pgTable(
  'service_forms',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    definition: jsonb('definition').$type<FormDefinition>().notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.version] })],
);

/** An organisation's application for a service, on its workflow (services.workflow.ts). */
export const serviceApplications = pgTable(
  'service_applications',
  {
    id: uuid('id').primaryKey(),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => services.id),
    organizationId: uuid('organization_id').notNull(),
    applicantId: uuid('applicant_id').notNull(),
    formVersion: integer('form_version').notNull(),
    answers: jsonb('answers').$type<FormAnswers>().notNull(),
    state: text('state').notNull().default('draft'),
    /** The provider's question, or the reason of a rejection the applicant reads. */
    message: text('message'),
    /** What an approval reserved of the service's budget. */
    amount: bigint('amount', { mode: 'number' }),
    deadlineAt: ts('deadline_at'),
    submittedAt: ts('submitted_at'),
    decidedAt: ts('decided_at'),
    deliveredAt: ts('delivered_at'),
    version: integer('version').notNull().default(1),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    index('service_applications_service_idx').on(t.serviceId, t.state),
    index('service_applications_organization_idx').on(t.organizationId, t.serviceId),
  ],
);

/** An applicant's rating of a delivered service: one per application. */
export const serviceRatings = pgTable(
  'service_ratings',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => serviceApplications.id),
    serviceId: uuid('service_id').notNull(),
    score: integer('score').notNull(),
    comment: text('comment'),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('service_ratings_service_idx').on(t.serviceId)],
);
