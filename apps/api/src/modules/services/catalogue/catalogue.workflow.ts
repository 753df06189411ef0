import type { ServiceState } from '@innobridge/contracts';
import type { TransitionTable } from '../../../lib/workflow.js';

/** A service's life: a draft is published; a published one is withdrawn; a withdrawn one may be published again. */
export type ServiceAction = 'publish' | 'withdraw';

/** Who takes each step: a person who acts for the service's provider. */
export type ServiceRole = 'provider';

export const SERVICE_TRANSITIONS: TransitionTable<ServiceAction, ServiceState, ServiceRole> = {
  publish: { from: ['draft', 'withdrawn'], to: 'published', by: 'provider' },
  withdraw: { from: ['published'], to: 'withdrawn', by: 'provider' },
};
