import type {
  ApplicationDocument,
  ApplicationQueue,
  AppliedStatus,
  ApprovalCriterion,
  CaseContact,
  CaseEntry,
  CaseFile,
  CaseNote,
  CaseTask,
  CurrentStatus,
  DocumentKind,
  Eligibility,
  Jurisdiction,
  OperatorJurisdiction,
  OperatorList,
  OrganizationRegistry,
  OrganizationType,
  Out,
  QueueView,
  RegistryPage,
  RegistrySettings,
  StatusApplication,
  StatusHistoryEntry,
} from '@innobridge/contracts';
import { api, downloadFile, queryString } from '../../shared/api-client.js';

export type EligibilityView = Out<typeof Eligibility>;
export type DocumentView = Out<typeof ApplicationDocument>;
export type HistoryEntry = Out<typeof StatusHistoryEntry>;
export type {
  CaseContact,
  CaseFile,
  CaseNote,
  CaseTask,
  OrganizationRegistry,
  RegistryPage,
  RegistrySettings,
  StatusApplication,
};

export type QueueFilters = {
  /** Absent: what waits for an operator ('waiting'), the view the queue opens on. */
  state?: QueueView;
  requestedStatus?: AppliedStatus;
  type?: OrganizationType;
  overdue?: true;
  assignedToMe?: true;
  jurisdiction?: OperatorJurisdiction;
};
export type RegistryFilters = {
  q?: string;
  jurisdiction?: Jurisdiction;
  type?: OrganizationType;
  status?: AppliedStatus;
  /** A place's code (its districts included). */
  city?: string;
  /** A technology area's code (its sub-areas included). */
  area?: string;
};
export const CONTACT_CHANNELS = ['meeting', 'call', 'email', 'event', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export type StatusAction = 'suspend' | 'exclude' | 'reinstate';

/** The largest document the API accepts, and the types it recognises by content. */
export const MAX_DOCUMENT_MB = 10;
export const ACCEPTED_DOCUMENT_TYPES = 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg';

const id = encodeURIComponent;
const application = (applicationId: string) => `/applications/${id(applicationId)}`;
const organization = (organizationId: string) => `/organizations/${id(organizationId)}`;

const flag = (value: boolean | undefined) => (value ? 'true' : undefined);

export const registryKeys = {
  all: ['registry'] as const,
  organization: (organizationId: string) => ['registry', 'organization', organizationId] as const,
  application: (applicationId: string) => ['registry', 'application', applicationId] as const,
  queue: (filters: QueueFilters) => ['registry', 'queue', filters] as const,
  queues: ['registry', 'queue'] as const,
  publicRegistry: (filters: RegistryFilters) => ['registry', 'public', filters] as const,
  settings: (jurisdiction: OperatorJurisdiction) => ['registry', 'settings', jurisdiction] as const,
  caseFile: (organizationId: string) => ['registry', 'case', organizationId] as const,
  operators: (jurisdiction: OperatorJurisdiction) => ['registry', 'operators', jurisdiction] as const,
};

/** The address of a document for the browser: it opens inline, in a new tab. */
export const documentUrl = (applicationId: string, documentId: string) =>
  `/api/v1${application(applicationId)}/documents/${id(documentId)}`;

function registryQuery(filters: RegistryFilters) {
  return {
    q: filters.q,
    jurisdiction: filters.jurisdiction,
    type: filters.type,
    status: filters.status,
    city: filters.city,
  };
}

export const registryApi = {
  organizationRegistry: (organizationId: string) =>
    api.get<OrganizationRegistry>(`${organization(organizationId)}/registry`),
  createApplication: (organizationId: string, reviewerJurisdiction?: OperatorJurisdiction) =>
    api.post<StatusApplication>(
      `${organization(organizationId)}/applications`,
      reviewerJurisdiction ? { reviewerJurisdiction } : {},
    ),
  application: (applicationId: string) => api.get<StatusApplication>(application(applicationId)),
  uploadDocument: (applicationId: string, kind: DocumentKind, file: File) => {
    // The API reads `kind` first, then the file.
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file, file.name);
    return api.upload<DocumentView>(`${application(applicationId)}/documents`, form);
  },
  removeDocument: (applicationId: string, documentId: string) =>
    api.delete(`${application(applicationId)}/documents/${id(documentId)}`),
  submit: (applicationId: string) => api.post<StatusApplication>(`${application(applicationId)}/submit`),
  withdraw: (applicationId: string) => api.post<StatusApplication>(`${application(applicationId)}/withdraw`),
  answer: (applicationId: string, message: string) =>
    api.post<StatusApplication>(`${application(applicationId)}/answer`, { message }),
  take: (applicationId: string) => api.post<StatusApplication>(`${application(applicationId)}/take`),
  requestInfo: (applicationId: string, message: string) =>
    api.post<StatusApplication>(`${application(applicationId)}/request-info`, { message }),
  approve: (applicationId: string, checklist: ApprovalCriterion[], reason: string) =>
    api.post<StatusApplication>(`${application(applicationId)}/approve`, { checklist, reason }),
  reject: (applicationId: string, reason: string) =>
    api.post<StatusApplication>(`${application(applicationId)}/reject`, { reason }),

  queue: (filters: QueueFilters, cursor?: string) =>
    api.get<ApplicationQueue>(
      `/registry/applications${queryString({
        state: filters.state ?? 'waiting',
        cursor,
        requestedStatus: filters.requestedStatus,
        type: filters.type,
        overdue: flag(filters.overdue),
        assignedToMe: flag(filters.assignedToMe),
        jurisdiction: filters.jurisdiction,
      })}`,
    ),

  changeStatus: (organizationId: string, action: StatusAction, reason: string) =>
    api.post<CurrentStatus>(`${organization(organizationId)}/status/${action}`, { reason }),

  caseFile: (organizationId: string) => api.get<CaseFile>(`${organization(organizationId)}/case`),
  addNote: (organizationId: string, body: string) =>
    api.post<CaseEntry>(`${organization(organizationId)}/case/notes`, { body }),
  addTask: (organizationId: string, task: { title: string; dueDate: string; ownerId?: string }) =>
    api.post<CaseEntry>(`${organization(organizationId)}/case/tasks`, task),
  completeTask: (organizationId: string, taskId: string) =>
    api.post<CaseEntry>(`${organization(organizationId)}/case/tasks/${id(taskId)}/done`),
  addContact: (organizationId: string, contact: { channel: ContactChannel; summary: string; contactedAt: string }) =>
    api.post<CaseEntry>(`${organization(organizationId)}/case/contacts`, contact),
  operators: (jurisdiction: OperatorJurisdiction) =>
    api.get<OperatorList>(`/me/operators${queryString({ jurisdiction })}`),

  settings: (jurisdiction: OperatorJurisdiction) => api.get<RegistrySettings>(`/registry/settings/${jurisdiction}`),
  saveSettings: (jurisdiction: OperatorJurisdiction, settings: RegistrySettings) =>
    api.put<RegistrySettings>(`/registry/settings/${jurisdiction}`, settings),

  publicRegistry: (filters: RegistryFilters, cursor: string | undefined) =>
    api.get<RegistryPage>(`/registry${queryString({ ...registryQuery(filters), cursor, limit: 20 })}`),
  exportRegistry: (filters: RegistryFilters, format: 'csv' | 'json') =>
    downloadFile(
      `/registry/export${queryString({ format, ...registryQuery(filters) })}`,
      `innobridge-registry.${format}`,
    ),
};
