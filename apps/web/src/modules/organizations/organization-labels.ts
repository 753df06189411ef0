import type { Jurisdiction, OrganizationStatus, OrganizationType } from '@innobridge/contracts';
import type { TFunction } from 'i18next';

export const organizationTypeLabel = (t: TFunction, type: OrganizationType) => t(`organizationType.${type}`);
export const jurisdictionLabel = (t: TFunction, jurisdiction: Jurisdiction) => t(`jurisdiction.${jurisdiction}`);
export const statusLabel = (t: TFunction, status: OrganizationStatus) => t(`organizationStatus.${status}`);

export const STATUS_COLORS: Record<OrganizationStatus, string> = {
  none: 'default',
  applicant: 'processing',
  participant: 'success',
  partner: 'cyan',
  suspended: 'warning',
  excluded: 'error',
};
