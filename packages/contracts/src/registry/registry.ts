import { z } from 'zod';
import { Jurisdiction, OperatorJurisdiction, OrganizationStatus, OrganizationType } from '../common/enums.js';
import { Organization } from '../organizations/organizations.js';

/** The statuses an organisation may apply for. */
export const APPLIED_STATUSES = ['participant', 'partner'] as const;
export const AppliedStatus = z.enum(APPLIED_STATUSES);
export type AppliedStatus = z.infer<typeof AppliedStatus>;

export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'in_review',
  'info_requested',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export const ApplicationState = z.enum(APPLICATION_STATES);
export type ApplicationState = z.infer<typeof ApplicationState>;

/** Documents an application may carry; which are required depends on the status asked for (settings). */
export const DOCUMENT_KINDS = [
  'registration_certificate',
  'charter',
  'application_letter',
  'financial_statement',
  'cooperation_plan',
  'other',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

/** Criteria an operator confirms when approving; which apply depends on the status (settings). */
export const APPROVAL_CRITERIA = [
  'legal_entity_verified',
  'registered_in_cluster_territory',
  'documents_complete',
  'no_exclusion_grounds',
  'cooperation_interest_confirmed',
] as const;
export const ApprovalCriterion = z.enum(APPROVAL_CRITERIA);
export type ApprovalCriterion = z.infer<typeof ApprovalCriterion>;

export const RegistrySettings = z
  .object({
    /** City names (any language, matched case-insensitively inside the organisation's city) that make an organisation eligible as participant. */
    participantCities: z.array(z.string().trim().min(1).max(80)).max(100),
    slaWorkingDays: z.number().int().min(1).max(120),
    /** ISO dates (YYYY-MM-DD) that are not working days in this jurisdiction. */
    holidays: z.array(z.iso.date()).max(400),
    reapplyWaitingMonths: z.number().int().min(0).max(60),
    requiredDocuments: z.object({ participant: z.array(DocumentKind), partner: z.array(DocumentKind) }),
    approvalCriteria: z.object({ participant: z.array(ApprovalCriterion), partner: z.array(ApprovalCriterion) }),
  })
  .meta({ id: 'RegistrySettings' });
export type RegistrySettings = z.infer<typeof RegistrySettings>;

export const Eligibility = z.object({
  canApply: z.boolean(),
  /** Why not, as an error code with a message in errors.json; null when it can. */
  reason: z.string().nullable(),
  status: AppliedStatus.nullable(),
  /** Jurisdictions whose operators may review it: one for RU and CN, the applicant's choice for others. */
  reviewerJurisdictions: z.array(OperatorJurisdiction),
  requiredDocuments: z.array(DocumentKind),
  reapplyAfter: z.string().nullable(),
});

export const ApplicationDocument = z.object({
  id: z.string(),
  kind: DocumentKind,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type ApplicationDocument = z.infer<typeof ApplicationDocument>;

export const ApplicationMessage = z.object({
  id: z.string(),
  kind: z.enum(['info_request', 'answer', 'decision']),
  authorName: z.string(),
  authorSide: z.enum(['operator', 'applicant']),
  body: z.string(),
  createdAt: z.string(),
});

export const StatusApplication = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    organizationName: z.record(z.string(), z.string()),
    organizationType: OrganizationType,
    organizationJurisdiction: Jurisdiction,
    /** A code of the reference list of cities and regions, or "other" with its text in `organizationCity`. */
    organizationPlace: z.string(),
    organizationCity: z.string(),
    requestedStatus: AppliedStatus,
    reviewerJurisdiction: OperatorJurisdiction,
    state: ApplicationState,
    submittedAt: z.string().nullable(),
    deadlineAt: z.string().nullable(),
    overdue: z.boolean(),
    /** Working days of the service level left while the clock waits for the applicant. */
    slaPausedDaysLeft: z.number().int().nullable(),
    assignedOperatorId: z.string().nullable(),
    assignedOperatorName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionReason: z.string().nullable(),
    checklist: z.array(ApprovalCriterion),
    requiredDocuments: z.array(DocumentKind),
    documents: z.array(ApplicationDocument),
    messages: z.array(ApplicationMessage),
    /**
     * The reader is a member of the applicant organisation: an operator who is one decides nothing on
     * it (`decision_own_organization`), and sees why instead of the decisions.
     */
    ownOrganization: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'StatusApplication' });
export type StatusApplication = z.infer<typeof StatusApplication>;

export const CreateApplicationBody = z.object({
  /** Required for organisations outside RU and CN: whose operator reviews the application. */
  reviewerJurisdiction: OperatorJurisdiction.optional(),
});
export const MessageBody = z.object({ message: z.string().trim().min(1).max(5000) });
export const ReasonBody = z.object({ reason: z.string().trim().min(1).max(5000) });
export const ApproveBody = z.object({
  checklist: z.array(ApprovalCriterion).max(20),
  reason: z.string().trim().min(1).max(5000),
});

export const StatusHistoryEntry = z.object({
  id: z.string(),
  fromStatus: OrganizationStatus,
  toStatus: OrganizationStatus,
  reason: z.string().nullable(),
  actorName: z.string().nullable(),
  applicationId: z.string().nullable(),
  /** 'facts_changed': the organisation changed facts its operator had verified (ADR 0014). */
  cause: z.enum(['facts_changed']).nullable(),
  at: z.string(),
});

/** What waits for an operator: a new application, or one in review (an answered request is back in review). */
export const WAITING_STATES = ['submitted', 'in_review'] as const satisfies readonly ApplicationState[];
/** The queue's views: one state, what waits (the operators' start) or all of them. */
export const QUEUE_VIEWS = ['waiting', 'all', ...APPLICATION_STATES] as const;
export const QueueView = z.enum(QUEUE_VIEWS);
export type QueueView = z.infer<typeof QueueView>;

export const QueueQuery = z.object({
  /** Absent: all states, as 'all'. */
  state: QueueView.optional(),
  requestedStatus: AppliedStatus.optional(),
  type: OrganizationType.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  assignedToMe: z.enum(['true', 'false']).optional(),
  jurisdiction: OperatorJurisdiction.optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const RegistryQuery = z.object({
  q: z.string().trim().max(200).optional(),
  jurisdiction: Jurisdiction.optional(),
  type: OrganizationType.optional(),
  status: AppliedStatus.optional(),
  /** A place's code (its districts included), or a place's name in any language, or the text of an "other" city. */
  city: z.string().trim().max(120).optional(),
  /** A technology area's code (its sub-areas included). */
  area: z.string().trim().max(80).optional(),
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const CaseNoteBody = z.object({ body: z.string().trim().min(1).max(10000) });
export const CaseTaskBody = z.object({
  title: z.string().trim().min(1).max(500),
  dueDate: z.iso.date(),
  ownerId: z.uuid().optional(),
});
export const CaseContactBody = z.object({
  channel: z.enum(['meeting', 'call', 'email', 'event', 'other']),
  summary: z.string().trim().min(1).max(5000),
  contactedAt: z.iso.datetime({ offset: true }),
});

// What the registry's routes answer with (besides StatusApplication and RegistrySettings above).

/** An organisation's cluster status and since when: the answer of a direct status action. */
export const CurrentStatus = z.object({ status: OrganizationStatus, statusSince: z.string().nullable() });
export type CurrentStatus = z.infer<typeof CurrentStatus>;

/** The organisation's cluster status, history, eligibility and applications (newest first). */
export const OrganizationRegistry = CurrentStatus.extend({
  eligibility: Eligibility,
  applications: z.array(StatusApplication),
  history: z.array(StatusHistoryEntry),
});
export type OrganizationRegistry = z.infer<typeof OrganizationRegistry>;

/** The operators' queue, by deadline, with the count of each state and of the overdue ones. */
export const ApplicationQueue = z.object({
  items: z.array(StatusApplication),
  /** The cursor of the next page, null on the last (keyset, as every list of the API). */
  nextCursor: z.string().nullable(),
  counts: z.object({ byState: z.record(z.string(), z.number().int()), overdue: z.number().int() }),
});
export type ApplicationQueue = z.infer<typeof ApplicationQueue>;

/** A page of the public registry, the total and the counts by status and jurisdiction. */
export const RegistryPage = z.object({
  items: z.array(Organization),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  counts: z.object({
    byStatus: z.record(z.string(), z.number().int()),
    byJurisdiction: z.record(z.string(), z.number().int()),
  }),
});
export type RegistryPage = z.infer<typeof RegistryPage>;

export const CaseNote = z.object({ id: z.string(), body: z.string(), authorName: z.string(), createdAt: z.string() });
export type CaseNote = z.infer<typeof CaseNote>;
export const CaseTask = z.object({
  id: z.string(),
  title: z.string(),
  /** A calendar day, YYYY-MM-DD. */
  dueDate: z.string(),
  ownerId: z.string(),
  ownerName: z.string(),
  doneAt: z.string().nullable(),
  createdAt: z.string(),
  overdue: z.boolean(),
});
export type CaseTask = z.infer<typeof CaseTask>;
export const CaseContact = z.object({
  id: z.string(),
  channel: z.string(),
  summary: z.string(),
  contactedAt: z.string(),
  authorName: z.string(),
  createdAt: z.string(),
});
export type CaseContact = z.infer<typeof CaseContact>;

/** The entries of an organisation's case file that the reader's jurisdictions wrote. */
export const CaseFile = z.object({
  notes: z.array(CaseNote),
  tasks: z.array(CaseTask),
  contacts: z.array(CaseContact),
});
export type CaseFile = z.infer<typeof CaseFile>;

/** A case-file entry as written: its id, and its fields as sent. */
export const CaseEntry = z.object({ id: z.string() }).passthrough();
export type CaseEntry = z.infer<typeof CaseEntry>;

/** The operators of a jurisdiction, to assign tasks to. */
export const OperatorList = z.object({ items: z.array(z.object({ id: z.string(), displayName: z.string() })) });
export type OperatorList = z.infer<typeof OperatorList>;
