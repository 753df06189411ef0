import type { RoleGrant } from '@innobridge/contracts';
import type { TFunction } from 'i18next';

export function roleGrantLabel(t: TFunction, grant: Pick<RoleGrant, 'role' | 'jurisdiction'>): string {
  if (grant.role === 'operator' && grant.jurisdiction) {
    return t('platformRole.operatorOf', { jurisdiction: t(`jurisdiction.${grant.jurisdiction}`) });
  }
  return t(`platformRole.${grant.role}`);
}
