import { z } from 'zod';
import { MemberRole, OperatorJurisdiction, OrganizationStatus } from '../common/enums.js';

// The signed-in person's dashboard: what waits for them, their organisations' status and deadlines.
// Names come in every language held; the page picks the reader's.

const Names = z.record(z.string(), z.string());
/** An instant as ISO 8601 (UTC). */
const Instant = z.string();

/** How many wait in all, and the first few of them (the oldest first). */
const Waiting = <T extends z.ZodType>(item: T) => z.object({ count: z.number().int(), items: z.array(item) });

/** An organisation's open status application and where its clock stands. */
export const DashboardApplication = z
  .object({
    id: z.string(),
    state: z.enum(['draft', 'submitted', 'in_review', 'info_requested']),
    requestedStatus: z.enum(['participant', 'partner']),
    /** The operator's review deadline; null while a draft, or while the applicant answers (the clock stops). */
    deadlineAt: Instant.nullable(),
    /** Whose working days count the deadline: the reviewing operator's jurisdiction. */
    jurisdiction: OperatorJurisdiction,
    /** While the clock is stopped: the working days that will be left when the applicant answers. */
    pausedWorkingDaysLeft: z.number().int().nullable(),
  })
  .meta({ id: 'DashboardApplication' });

export const DashboardOrganization = z
  .object({
    id: z.string(),
    name: Names,
    role: MemberRole,
    status: OrganizationStatus,
    statusSince: Instant.nullable(),
    application: DashboardApplication.nullable(),
  })
  .meta({ id: 'DashboardOrganization' });

/** An expression of interest received by one of the reader's organisations, not answered yet. */
export const DashboardInterest = z
  .object({
    id: z.string(),
    opportunityId: z.string(),
    opportunityTitle: Names,
    toOrganizationId: z.string(),
    fromOrganizationId: z.string(),
    fromOrganizationName: Names,
    createdAt: Instant,
  })
  .meta({ id: 'DashboardInterest' });

/** An operator's questions on one of the reader's organisations' applications, waiting for an answer. */
export const DashboardInformationRequest = z
  .object({
    applicationId: z.string(),
    organizationId: z.string(),
    organizationName: Names,
    jurisdiction: OperatorJurisdiction,
    requestedAt: Instant.nullable(),
  })
  .meta({ id: 'DashboardInformationRequest' });

/** An opportunity the moderator sent back to its draft with a comment. */
export const DashboardReturnedOpportunity = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    title: Names,
    comment: z.string(),
    returnedAt: Instant,
  })
  .meta({ id: 'DashboardReturnedOpportunity' });

/** A conversation with messages of the other side the reader has not read. */
export const DashboardConversation = z
  .object({
    id: z.string(),
    otherOrganizationId: z.string(),
    otherOrganizationName: Names,
    unread: z.number().int(),
    lastMessageAt: Instant.nullable(),
  })
  .meta({ id: 'DashboardConversation' });

/** A status application in an operator's queue: submitted or in review. */
export const DashboardQueuedApplication = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    organizationName: Names,
    state: z.enum(['submitted', 'in_review']),
    deadlineAt: Instant.nullable(),
    jurisdiction: OperatorJurisdiction,
  })
  .meta({ id: 'DashboardQueuedApplication' });

/** An opportunity waiting for moderation. */
export const DashboardModeratedOpportunity = z
  .object({
    id: z.string(),
    organizationId: z.string(),
    organizationName: Names,
    title: Names,
    submittedAt: Instant,
  })
  .meta({ id: 'DashboardModeratedOpportunity' });

/** The soonest review deadline among the reader's organisations' open applications. */
export const DashboardDeadline = z.object({
  applicationId: z.string(),
  organizationId: z.string(),
  deadlineAt: Instant,
  jurisdiction: OperatorJurisdiction,
});

export const Dashboard = z
  .object({
    organizations: z.array(DashboardOrganization),
    nextDeadline: DashboardDeadline.nullable(),
    interests: Waiting(DashboardInterest),
    informationRequests: Waiting(DashboardInformationRequest),
    returnedOpportunities: Waiting(DashboardReturnedOpportunity),
    conversations: Waiting(DashboardConversation).extend({ unreadMessages: z.number().int() }),
    /** Only for operators and admins: their queues, the soonest deadline or the longest wait first. */
    operator: z
      .object({
        jurisdictions: z.array(OperatorJurisdiction),
        applications: Waiting(DashboardQueuedApplication).extend({ oldestDeadlineAt: Instant.nullable() }),
        moderation: Waiting(DashboardModeratedOpportunity).extend({ oldestSubmittedAt: Instant.nullable() }),
      })
      .nullable(),
  })
  .meta({ id: 'Dashboard' });
export type Dashboard = z.infer<typeof Dashboard>;
export type DashboardOrganization = z.infer<typeof DashboardOrganization>;
