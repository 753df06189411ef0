import type { ApplicationState, OrganizationStatus } from '@innobridge/contracts';
import { nextState as nextInTable, type TransitionTable } from '../../lib/workflow.js';

/**
 * The status application's state machine: which action may move an application from which state,
 * who may take it, and where it leads. Anything not in this table is a 409.
 */
export type ApplicationAction = 'submit' | 'take' | 'request_info' | 'answer' | 'approve' | 'reject' | 'withdraw';
export type Side = 'applicant' | 'operator';

export const APPLICATION_TRANSITIONS: TransitionTable<ApplicationAction, ApplicationState, Side> = {
  submit: { from: ['draft'], to: 'submitted', by: 'applicant' },
  take: { from: ['submitted', 'in_review'], to: 'in_review', by: 'operator' },
  request_info: { from: ['in_review'], to: 'info_requested', by: 'operator' },
  answer: { from: ['info_requested'], to: 'in_review', by: 'applicant' },
  approve: { from: ['in_review'], to: 'approved', by: 'operator' },
  reject: { from: ['in_review'], to: 'rejected', by: 'operator' },
  withdraw: { from: ['draft', 'submitted', 'in_review', 'info_requested'], to: 'withdrawn', by: 'applicant' },
};

export const OPEN_STATES: ApplicationState[] = ['draft', 'submitted', 'in_review', 'info_requested'];
/** States in which the applicant may change the documents. */
export const EDITABLE_STATES: ApplicationState[] = ['draft', 'info_requested'];
/** States in which the service-level clock runs. */
export const CLOCK_RUNNING_STATES: ApplicationState[] = ['submitted', 'in_review'];

/** Whether the service-level clock ran out while it was running. */
export function isOverdue(application: { state: ApplicationState; deadlineAt: Date | null }, now: Date): boolean {
  return CLOCK_RUNNING_STATES.includes(application.state) && !!application.deadlineAt && application.deadlineAt < now;
}

export const nextState = (action: ApplicationAction, from: ApplicationState): ApplicationState | null =>
  nextInTable(APPLICATION_TRANSITIONS, action, from);

/**
 * The organisation's status machine: the operator's direct actions and what a decided application
 * does. `reinstate` returns to the status held before the suspension, which the caller supplies.
 */
export type StatusAction = 'suspend' | 'exclude' | 'reinstate';

export const STATUS_TRANSITIONS: Record<StatusAction, OrganizationStatus[]> = {
  suspend: ['participant', 'partner'],
  exclude: ['participant', 'partner', 'suspended'],
  reinstate: ['suspended'],
};

/** Statuses from which an organisation may apply (excluded ones after the waiting period). */
export const CAN_APPLY_FROM: OrganizationStatus[] = ['none', 'excluded'];

export function canApplyStatusAction(action: StatusAction, from: OrganizationStatus): boolean {
  return STATUS_TRANSITIONS[action].includes(from);
}
