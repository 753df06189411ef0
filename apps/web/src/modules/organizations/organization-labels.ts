import type { Jurisdiction, OrganizationStatus, OrganizationType } from '@innobridge/contracts';
import type { TFunction } from 'i18next';

export const organizationTypeLabel = (t: TFunction, type: OrganizationType) => t(`organizationType.${type}`);
export const jurisdictionLabel = (t: TFunction, jurisdiction: Jurisdiction) => t(`jurisdiction.${jurisdiction}`);
export const statusLabel = (t: TFunction, status: OrganizationStatus) => t(`organizationStatus.${status}`);

export const STATUS_COLORS: Record<OrganizationStatus, string> = {
  none: 'default',
  applicant: 'processing',
  participant: 'success',
  // Geek blue rather than cyan: its text keeps a 4.5:1 contrast on its own background.
  partner: 'geekblue',
  suspended: 'warning',
  excluded: 'error',
};
