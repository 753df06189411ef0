import { type Me, pickLocalized } from '@innobridge/contracts';
import { Link } from '@tanstack/react-router';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipOf, useMe } from '../../app/auth.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { Page } from '../../shared/page.js';
import { useOrganization } from '../organizations/index.js';

/**
 * The reader's organisations as options of a select: plain text names in the reader's language (a
 * select reads its options' text to screen readers, so the label must be a string).
 */
export function useOrganizationOptions(memberships: Me['memberships']) {
  const locale = useLocale();
  return memberships.map((membership) => ({
    value: membership.organizationId,
    label: pickLocalized(membership.organizationName, locale)?.text ?? membership.organizationId,
  }));
}

type OrganizationPageProps = {
  organizationId: string;
  /** The page's title with the organisation's name, and without it while the name loads. */
  title: (name: string | undefined) => string;
  actions?: ReactNode;
  children: ReactNode;
};

/**
 * A page of one organisation's exchange (its opportunities, its expressions of interest): for its
 * members only, titled with its name and with the way back to its card.
 */
export function OrganizationExchangePage({ organizationId, title, actions, children }: OrganizationPageProps) {
  const { t } = useTranslation(['app', 'errors']);
  const locale = useLocale();
  const { me } = useMe();
  const organization = useOrganization(organizationId);
  const name = pickLocalized(organization.data?.name, locale)?.text;

  if (!membershipOf(me, organizationId)) {
    return (
      <Page title={title(undefined)}>
        <Result status="403" subTitle={t('errors:organization_forbidden')} />
      </Page>
    );
  }
  return (
    <Page
      title={title(name)}
      width="wide"
      actions={
        <div className="action-links">
          {actions}
          <Link to="/organizations/$organizationId" params={{ organizationId }}>
            {t('members.backToCard')}
          </Link>
        </div>
      }
    >
      {children}
    </Page>
  );
}
