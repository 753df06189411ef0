import type {
  AppliedStatus,
  Jurisdiction,
  OperatorJurisdiction,
  OrganizationStatus,
  RegistrySettings,
} from '@innobridge/contracts';
import { CAN_APPLY_FROM } from './registry.workflow.js';

/**
 * Default rules of each jurisdiction; an admin changes them in the settings. Holidays are the 2026
 * public holidays that fall on weekdays (the Chinese make-up working Saturdays are not modelled).
 */
export const DEFAULT_SETTINGS: Record<OperatorJurisdiction, RegistrySettings> = {
  RU: {
    participantCities: ['Moscow', 'Москва', 'Zelenograd', 'Зеленоград', '莫斯科'],
    slaWorkingDays: 10,
    holidays: [
      '2026-01-01',
      '2026-01-02',
      '2026-01-05',
      '2026-01-06',
      '2026-01-07',
      '2026-01-08',
      '2026-02-23',
      '2026-03-09',
      '2026-05-01',
      '2026-05-11',
      '2026-06-12',
      '2026-11-04',
      '2026-12-31',
    ],
    reapplyWaitingMonths: 6,
    requiredDocuments: {
      participant: ['registration_certificate', 'charter', 'application_letter'],
      partner: ['registration_certificate', 'application_letter'],
    },
    approvalCriteria: {
      participant: [
        'legal_entity_verified',
        'registered_in_cluster_territory',
        'documents_complete',
        'no_exclusion_grounds',
      ],
      partner: ['legal_entity_verified', 'documents_complete', 'cooperation_interest_confirmed'],
    },
  },
  CN: {
    participantCities: ['Beijing', '北京', 'Zhongguancun', '中关村', 'Haidian', '海淀', 'Пекин'],
    slaWorkingDays: 10,
    holidays: [
      '2026-01-01',
      '2026-01-02',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-06',
      '2026-05-01',
      '2026-05-04',
      '2026-05-05',
      '2026-06-19',
      '2026-09-25',
      '2026-10-01',
      '2026-10-02',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ],
    reapplyWaitingMonths: 6,
    requiredDocuments: {
      participant: ['registration_certificate', 'charter', 'application_letter'],
      partner: ['registration_certificate', 'application_letter'],
    },
    approvalCriteria: {
      participant: [
        'legal_entity_verified',
        'registered_in_cluster_territory',
        'documents_complete',
        'no_exclusion_grounds',
      ],
      partner: ['legal_entity_verified', 'documents_complete', 'cooperation_interest_confirmed'],
    },
  },
};

export type EligibilityInput = {
  jurisdiction: Jurisdiction;
  city: string;
  status: OrganizationStatus;
  statusSince: Date | null;
  /** For organisations outside RU and CN: the operator they chose. */
  reviewerJurisdiction?: OperatorJurisdiction;
  hasOpenApplication: boolean;
  now: Date;
};

export type EligibilityResult = {
  canApply: boolean;
  reason: 'registry_already_member' | 'application_open' | 'status_not_applicable' | 'reapply_waiting' | null;
  status: AppliedStatus | null;
  reviewerJurisdictions: OperatorJurisdiction[];
  reapplyAfter: Date | null;
};

const addMonths = (date: Date, months: number) => {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};

/**
 * Which status an organisation may apply for, with whom, and if not, why. RU and CN organisations
 * are reviewed by their own operator and are participants when their city is in the cluster's
 * territory, partners otherwise; organisations from elsewhere are partners, reviewed by the
 * operator they choose.
 */
export function eligibility(
  input: EligibilityInput,
  settingsOf: (j: OperatorJurisdiction) => RegistrySettings,
): EligibilityResult {
  const reviewerJurisdictions: OperatorJurisdiction[] =
    input.jurisdiction === 'OTHER'
      ? input.reviewerJurisdiction
        ? [input.reviewerJurisdiction]
        : ['RU', 'CN']
      : [input.jurisdiction];
  const reviewer = reviewerJurisdictions.length === 1 ? reviewerJurisdictions[0] : undefined;
  const settings = settingsOf(reviewer ?? 'RU');
  let status: AppliedStatus = 'partner';
  if (input.jurisdiction !== 'OTHER') {
    const city = input.city.toLowerCase();
    if (settings.participantCities.some((c) => city.includes(c.toLowerCase()))) status = 'participant';
  }
  const base = { status, reviewerJurisdictions, reapplyAfter: null };
  if (input.hasOpenApplication) return { ...base, canApply: false, reason: 'application_open' };
  if (input.status === 'participant' || input.status === 'partner')
    return { ...base, canApply: false, reason: 'registry_already_member' };
  if (!CAN_APPLY_FROM.includes(input.status)) return { ...base, canApply: false, reason: 'status_not_applicable' };
  if (input.status === 'excluded' && input.statusSince) {
    const reapplyAfter = addMonths(input.statusSince, settings.reapplyWaitingMonths);
    if (input.now < reapplyAfter) return { ...base, canApply: false, reason: 'reapply_waiting', reapplyAfter };
  }
  return { ...base, canApply: true, reason: null };
}
