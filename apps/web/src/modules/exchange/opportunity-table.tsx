import type { Opportunity } from '@innobridge/contracts';
import { Link } from '@tanstack/react-router';
import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { jurisdictionLabel } from '../organizations/index.js';
import { OpportunityStateTag, TypeTag } from './opportunity-parts.js';

type OpportunityTableProps = {
  items: Opportunity[];
  loading: boolean;
  emptyText: string;
  /** An organisation's own list shows the state and the publication; the queue shows who submitted. */
  variant: 'organization' | 'moderation';
};

/** Opportunities in a table: an organisation's own list, the moderation queue. */
export function OpportunityTable({ items, loading, emptyText, variant }: OpportunityTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const title: TableColumnsType<Opportunity>[number] = {
    title: t('exchange.field.title'),
    key: 'title',
    fixed: 'left',
    className: 'table-key-column',
    render: (_, opportunity) => (
      <Link to="/opportunities/$opportunityId" params={{ opportunityId: opportunity.id }}>
        <LocalizedTextView text={opportunity.title} />
      </Link>
    ),
  };
  const type: TableColumnsType<Opportunity>[number] = {
    title: t('exchange.field.type'),
    key: 'type',
    render: (_, opportunity) => <TypeTag type={opportunity.type} />,
  };
  const organization: TableColumnsType<Opportunity>[number] = {
    title: t('exchange.field.organization'),
    key: 'organization',
    render: (_, opportunity) => (
      <>
        <Link to="/organizations/$organizationId" params={{ organizationId: opportunity.organizationId }}>
          <LocalizedTextView text={opportunity.organizationName} />
        </Link>
        <div className="muted">{jurisdictionLabel(t, opportunity.organizationJurisdiction)}</div>
      </>
    ),
  };
  const state: TableColumnsType<Opportunity>[number] = {
    title: t('exchange.field.state'),
    key: 'state',
    render: (_, opportunity) => <OpportunityStateTag state={opportunity.state} />,
  };
  const updated = { title: t('exchange.field.updatedAt'), dataIndex: 'updatedAt', render: format.instant };
  const expires = { title: t('exchange.field.expiresAt'), dataIndex: 'expiresAt', render: format.date };
  const columns =
    variant === 'moderation' ? [title, type, organization, updated] : [title, type, state, updated, expires];
  return (
    <Table<Opportunity>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={items}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText }}
      columns={columns}
    />
  );
}
