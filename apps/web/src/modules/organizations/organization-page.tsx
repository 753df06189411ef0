import { type Organization, pickLocalized } from '@innobridge/contracts';
import { Link, useParams } from '@tanstack/react-router';
import { Descriptions, type DescriptionsProps, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { canManageOrganization, canSeeMembers, membershipOf, useMe } from '../../app/auth.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { useFormat } from '../../shared/format.js';
import { LocalizedTextView, MultilingualParagraph } from '../../shared/localized-text.js';
import { Page, Section } from '../../shared/page.js';
import { QueryPage } from '../../shared/query-page.js';
import { AreaTags } from '../exchange/index.js';
import { OrganizationRecommendations } from '../matching/index.js';
import { jurisdictionLabel, organizationTypeLabel, STATUS_COLORS, statusLabel } from './organization-labels.js';
import { PublishedOpportunities } from './organization-opportunities.js';
import { useOrganization } from './organization-query.js';
import { PlaceName } from './places.js';
import './organizations.css';

function OrganizationActions({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation(['app', 'errors']);
  const { me } = useMe();
  if (!canSeeMembers(me, organizationId)) return null;
  // Staff see the registry and the members; the exchange pages are the organisation's own.
  const member = !!membershipOf(me, organizationId);
  const links = [
    {
      to: '/organizations/$organizationId/edit',
      label: t('organization.edit'),
      shown: canManageOrganization(me, organizationId),
    },
    { to: '/organizations/$organizationId/registry', label: t('organization.clusterStatus'), shown: true },
    { to: '/organizations/$organizationId/members', label: t('organization.members'), shown: true },
    { to: '/organizations/$organizationId/opportunities', label: t('organization.opportunities'), shown: member },
    { to: '/organizations/$organizationId/interests', label: t('organization.interests'), shown: member },
  ] as const;
  return (
    <div className="action-links">
      {links
        .filter((link) => link.shown)
        .map((link) => (
          <Link
            key={link.to}
            to={link.to}
            params={{ organizationId }}
            className={link.to.endsWith('/edit') ? 'button-link' : 'button-link button-link-secondary'}
          >
            {link.label}
          </Link>
        ))}
    </div>
  );
}

function useFacts(organization: Organization): DescriptionsProps['items'] {
  const { t } = useTranslation(['app', 'errors']);
  const format = useFormat();
  return [
    { key: 'type', label: t('field.organizationType'), children: organizationTypeLabel(t, organization.type) },
    { key: 'jurisdiction', label: t('field.jurisdiction'), children: jurisdictionLabel(t, organization.jurisdiction) },
    {
      key: 'city',
      label: t('field.city'),
      children: <PlaceName place={organization.place} city={organization.city} />,
    },
    {
      key: 'areas',
      label: t('organization.areas'),
      children: organization.areas.length ? <AreaTags areas={organization.areas} /> : '—',
    },
    {
      key: 'legalId',
      label: t(`errors:legal_id_kind.${organization.legalIdKind}`),
      children: organization.legalId ? <code>{organization.legalId}</code> : '—',
    },
    {
      key: 'website',
      label: t('field.website'),
      children: organization.website ? (
        <a href={organization.website} target="_blank" rel="noopener noreferrer nofollow ugc">
          {organization.website}
        </a>
      ) : (
        '—'
      ),
    },
    { key: 'registered', label: t('organization.registeredAt'), children: format.date(organization.createdAt) },
  ];
}

/** The organisation's standing in the cluster, first thing under its name. */
function StatusBanner({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const format = useFormat();
  const member = organization.status === 'participant' || organization.status === 'partner';
  return (
    <div className={member ? 'status-banner status-banner-member' : 'status-banner'}>
      <span className="status-banner-label">{t('field.status')}</span>
      <Tag color={STATUS_COLORS[organization.status]} className="status-tag status-tag-large">
        {statusLabel(t, organization.status)}
      </Tag>
      {organization.statusSince && (
        <span className="status-banner-since">
          {t('organization.statusSince', { date: format.date(organization.statusSince) })}
        </span>
      )}
    </div>
  );
}

function OrganizationCard({ organization }: { organization: Organization }) {
  const { t } = useTranslation(['app', 'errors']);
  const locale = useLocale();
  const facts = useFacts(organization);
  const documentTitle = pickLocalized(organization.name, locale)?.text;
  const texts = [
    { key: 'description', title: t('organization.description'), text: organization.description },
    { key: 'products', title: t('organization.products'), text: organization.products },
  ] as const;

  return (
    <Page
      title={<LocalizedTextView text={organization.name} />}
      documentTitle={documentTitle}
      actions={<OrganizationActions organizationId={organization.id} />}
      width="wide"
    >
      <StatusBanner organization={organization} />
      {pickLocalized(organization.shortDescription, locale) && (
        <div className="lead">
          <MultilingualParagraph text={organization.shortDescription} />
        </div>
      )}
      <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} items={facts} className="facts" />
      {texts.map(
        ({ key, title, text }) =>
          pickLocalized(text, locale) && (
            <Section key={key} title={title}>
              <MultilingualParagraph text={text} />
            </Section>
          ),
      )}
      <PublishedOpportunities organizationId={organization.id} />
      <OrganizationRecommendations organizationId={organization.id} />
    </Page>
  );
}

export function OrganizationPage() {
  const { t } = useTranslation(['app', 'errors']);
  const { organizationId } = useParams({ from: '/organizations/$organizationId' });
  const organization = useOrganization(organizationId);

  return (
    <QueryPage query={organization} errorTitle={t('organization.notAvailable')}>
      {(data) => <OrganizationCard organization={data} />}
    </QueryPage>
  );
}
