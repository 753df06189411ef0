import type { ServiceApplicationAction, ServiceApplicationState } from '@innobridge/contracts';
import type { TransitionTable } from '../../../lib/workflow.js';

/** Who takes a step: a member of the applying organisation, or a person who acts for the provider. */
export type ApplicationRole = 'applicant' | 'provider';

/**
 * An application for a service: draft → submitted → in progress → information requested ↔ in
 * progress → approved or rejected → delivered → closed; the applicant withdraws it before a decision.
 */
export const APPLICATION_TRANSITIONS: TransitionTable<
  ServiceApplicationAction,
  ServiceApplicationState,
  ApplicationRole
> = {
  submit: { from: ['draft'], to: 'submitted', by: 'applicant' },
  take: { from: ['submitted'], to: 'in_progress', by: 'provider' },
  request_information: { from: ['in_progress'], to: 'information_requested', by: 'provider' },
  answer: { from: ['information_requested'], to: 'in_progress', by: 'applicant' },
  approve: { from: ['in_progress'], to: 'approved', by: 'provider' },
  reject: { from: ['in_progress'], to: 'rejected', by: 'provider' },
  deliver: { from: ['approved'], to: 'delivered', by: 'provider' },
  close: { from: ['delivered'], to: 'closed', by: 'provider' },
  withdraw: { from: ['draft', 'submitted', 'in_progress', 'information_requested'], to: 'withdrawn', by: 'applicant' },
};
