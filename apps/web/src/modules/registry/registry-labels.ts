import type {
  ApplicationState,
  ApprovalCriterion,
  DocumentKind,
  OperatorJurisdiction,
  StatusApplication,
} from '@innobridge/contracts';
import type { TFunction } from 'i18next';
import type { ContactChannel } from './registry.api.js';

export const applicationStateLabel = (t: TFunction, state: ApplicationState) => t(`registry.state.${state}`);
export const documentKindLabel = (t: TFunction, kind: DocumentKind) => t(`registry.documentKind.${kind}`);
export const criterionLabel = (t: TFunction, criterion: ApprovalCriterion) => t(`registry.criterion.${criterion}`);
export const contactChannelLabel = (t: TFunction, channel: ContactChannel) => t(`registry.contactChannel.${channel}`);
export const reviewerLabel = (t: TFunction, jurisdiction: OperatorJurisdiction) =>
  t(`registry.reviewer.${jurisdiction}`);

export const STATE_COLORS: Record<ApplicationState, string> = {
  draft: 'default',
  submitted: 'blue',
  in_review: 'processing',
  info_requested: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

/** States in which the service-level clock runs, so that an application can be overdue. */
export const CLOCK_RUNNING: readonly ApplicationState[] = ['submitted', 'in_review'];
export const OPEN_STATES: readonly ApplicationState[] = ['draft', 'submitted', 'in_review', 'info_requested'];
/** The applicant may change documents in these states. */
export const EDITABLE_STATES: readonly ApplicationState[] = ['draft', 'info_requested'];

export const isOpen = (application: Pick<StatusApplication, 'state'>) => OPEN_STATES.includes(application.state);

/**
 * A message of the shared `errors` namespace by its code (an eligibility reason is one), or null when
 * the code is unknown to this version of the interface.
 */
export function errorMessage(
  t: TFunction<['app', 'errors']>,
  code: string,
  params: Record<string, string | number> = {},
): string | null {
  const key = `errors:${code}`;
  const translate = t as unknown as (key: string, options: Record<string, unknown>) => string;
  const text = translate(key, { ...params, defaultValue: '' });
  return text && text !== key ? text : null;
}
