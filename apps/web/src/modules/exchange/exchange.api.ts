import type {
  Attachment,
  COOPERATION_FORMS,
  Contact,
  Conversation,
  ConversationList,
  ConversationMessage,
  ConversationThread,
  CURRENCIES,
  DeclineReason,
  ExpressionOfInterest,
  InterestList,
  InterestState,
  IP_STATUSES,
  Jurisdiction,
  Opportunity,
  OpportunityBody,
  OpportunityList,
  OpportunityPage,
  OpportunitySearchPage,
  OpportunityType,
  Out,
  Outcome,
} from '@innobridge/contracts';
import { api, queryString } from '../../shared/api-client.js';

export type CooperationForm = (typeof COOPERATION_FORMS)[number];
export type IpStatus = (typeof IP_STATUSES)[number];
export type Currency = (typeof CURRENCIES)[number];
export type AttachmentView = Out<typeof Attachment>;
export type ContactView = Out<typeof Contact>;
export type MessageView = ConversationMessage;
export type { Conversation, ConversationList, ConversationThread, ExpressionOfInterest, Opportunity };

export const SORTS = ['relevance', 'date'] as const;
export type Sort = (typeof SORTS)[number];

export type OpportunityFilters = {
  q?: string;
  sort?: Sort;
  type?: OpportunityType;
  jurisdiction?: Jurisdiction;
  area?: string;
  trl?: number;
  cooperationForm?: CooperationForm;
};
export const FACETS = ['type', 'jurisdiction', 'area', 'trl', 'cooperationForm'] as const;
export type Facet = (typeof FACETS)[number];

/** A page of the search, as the API answers it (per facet, the count of each value). */
export type SearchPage = OpportunitySearchPage;

type Terms = { ru: string; zh: string; en: string };
export type TaxonomyArea = {
  code: string;
  parent: string | null;
  label: Terms;
  synonyms: { ru: string[]; zh: string[]; en: string[] };
};

export type OpportunityFields = Omit<OpportunityBody, 'organizationId'>;
export type OwnerAction = 'submit' | 'withdraw' | 'close-success' | 'renew';
export type InterestBox = 'received' | 'sent';

/** The largest attachment the API accepts, and the types it recognises by content. */
export const MAX_ATTACHMENT_MB = 10;
export const ACCEPTED_ATTACHMENT_TYPES = 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg';

const id = encodeURIComponent;
const opportunity = (opportunityId: string) => `/opportunities/${id(opportunityId)}`;
const interest = (interestId: string) => `/interests/${id(interestId)}`;
const conversation = (conversationId: string) => `/conversations/${id(conversationId)}`;

export const exchangeKeys = {
  all: ['exchange'] as const,
  search: (filters: OpportunityFilters) => ['exchange', 'search', filters] as const,
  opportunity: (opportunityId: string) => ['exchange', 'opportunity', opportunityId] as const,
  organization: (organizationId: string) => ['exchange', 'organization', organizationId] as const,
  moderation: ['exchange', 'moderation'] as const,
  taxonomy: ['exchange', 'taxonomy'] as const,
  interests: ['exchange', 'interests'] as const,
  opportunityInterests: (opportunityId: string) => ['exchange', 'interests', 'opportunity', opportunityId] as const,
  organizationInterests: (organizationId: string, box: InterestBox, state?: InterestState) =>
    ['exchange', 'interests', 'organization', organizationId, box, state] as const,
  interest: (interestId: string) => ['exchange', 'interests', 'one', interestId] as const,
  conversations: ['exchange', 'conversations'] as const,
  conversationList: ['exchange', 'conversations', 'list'] as const,
  conversation: (conversationId: string) => ['exchange', 'conversations', 'one', conversationId] as const,
};

/** The address of an attachment for the browser: it opens inline, in a new tab. */
export const attachmentUrl = (conversationId: string, attachmentId: string) =>
  `/api/v1${conversation(conversationId)}/attachments/${id(attachmentId)}`;

export const exchangeApi = {
  search: (filters: OpportunityFilters, cursor: string | undefined) =>
    api.get<SearchPage>(`/opportunities${queryString({ ...filters, cursor, limit: 20 })}`),
  taxonomy: () => api.get<{ items: TaxonomyArea[] }>('/taxonomy'),

  opportunity: (opportunityId: string) => api.get<Opportunity>(opportunity(opportunityId)),
  create: (body: OpportunityBody) => api.post<Opportunity>('/opportunities', body),
  update: (opportunityId: string, body: OpportunityFields) => api.patch<Opportunity>(opportunity(opportunityId), body),
  act: (opportunityId: string, action: OwnerAction) => api.post<Opportunity>(`${opportunity(opportunityId)}/${action}`),
  publish: (opportunityId: string) => api.post<Opportunity>(`${opportunity(opportunityId)}/publish`),
  returnToAuthor: (opportunityId: string, reason: string) =>
    api.post<Opportunity>(`${opportunity(opportunityId)}/return`, { reason }),
  ofOrganization: (organizationId: string) =>
    api.get<OpportunityList>(`/organizations/${id(organizationId)}/opportunities`),
  moderationQueue: (cursor?: string) => api.get<OpportunityPage>(`/moderation/opportunities${queryString({ cursor })}`),

  expressInterest: (opportunityId: string, organizationId: string, message: string) =>
    api.post<ExpressionOfInterest>(`${opportunity(opportunityId)}/interests`, { organizationId, message }),
  interestsOn: (opportunityId: string) => api.get<InterestList>(`${opportunity(opportunityId)}/interests`),
  interestsOf: (organizationId: string, box: InterestBox, state?: InterestState) =>
    api.get<InterestList>(`/organizations/${id(organizationId)}/interests${queryString({ box, state })}`),
  interest: (interestId: string) => api.get<ExpressionOfInterest>(interest(interestId)),
  accept: (interestId: string) => api.post<ExpressionOfInterest>(`${interest(interestId)}/accept`),
  decline: (interestId: string, reason: DeclineReason, text?: string) =>
    api.post<ExpressionOfInterest>(`${interest(interestId)}/decline`, text ? { reason, text } : { reason }),
  recordOutcome: (interestId: string, outcome: Outcome) =>
    api.post<ExpressionOfInterest>(`${interest(interestId)}/outcome`, { outcome }),

  /** A page of the reader's conversations; `unreadTotal` counts all of them. */
  conversations: (cursor?: string, limit?: number) =>
    api.get<ConversationList>(`/conversations${queryString({ cursor, limit })}`),
  conversation: (conversationId: string) => api.get<ConversationThread>(conversation(conversationId)),
  sendMessage: (conversationId: string, body: string) =>
    api.post<MessageView>(`${conversation(conversationId)}/messages`, { body }),
  sendAttachment: (conversationId: string, file: File, body?: string) => {
    // The API reads the optional text first, then the file.
    const form = new FormData();
    if (body) form.append('body', body);
    form.append('file', file, file.name);
    return api.upload<MessageView>(`${conversation(conversationId)}/attachments`, form);
  },
  markRead: (conversationId: string) => api.post<void>(`${conversation(conversationId)}/read`),
};
