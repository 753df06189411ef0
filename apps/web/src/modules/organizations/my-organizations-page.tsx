import { Link } from '@tanstack/react-router';
import { Empty, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page } from '../../shared/page.js';

export function MyOrganizationsPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const memberships = me?.memberships ?? [];

  return (
    <Page
      title={t('myOrganizations.title')}
      actions={
        <Link to="/organizations/new" className="button-link">
          {t('myOrganizations.create')}
        </Link>
      }
    >
      {memberships.length === 0 ? (
        <Empty description={t('myOrganizations.empty')} />
      ) : (
        <List
          bordered
          dataSource={memberships}
          rowKey="organizationId"
          renderItem={(membership) => (
            <List.Item
              actions={[
                <Link
                  key="members"
                  to="/organizations/$organizationId/members"
                  params={{ organizationId: membership.organizationId }}
                >
                  {t('organization.members')}
                </Link>,
              ]}
            >
              <Link to="/organizations/$organizationId" params={{ organizationId: membership.organizationId }}>
                <LocalizedTextView text={membership.organizationName} />
              </Link>
              <Tag className="role-tag">{t(`memberRole.${membership.role}`)}</Tag>
            </List.Item>
          )}
        />
      )}
    </Page>
  );
}
