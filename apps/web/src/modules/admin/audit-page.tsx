import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { Alert, Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { LoadMore } from '../../shared/load-more.js';
import { Page, Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { type AuditBreak, type AuditEntry, adminApi } from './admin.api.js';
import { AdminNavigation, AdminOnly } from './admin-only.js';
import './admin.css';

/** The break in the reader's words: which entry, and what happened to it. */
function useBreakMessage() {
  const { t } = useTranslation();
  const format = useFormat();
  return (b: AuditBreak) =>
    b.kind === 'truncated'
      ? t('admin.auditBreak.truncated', { seq: format.number(b.afterSeq), anchored: format.number(b.anchoredSeq) })
      : t(`admin.auditBreak.${b.kind}`, { seq: b.seq === null ? '—' : format.number(b.seq) });
}

function VerifyChain() {
  const { t } = useTranslation();
  const format = useFormat();
  const breakMessage = useBreakMessage();
  const verify = useMutation({ mutationFn: adminApi.verifyAudit });
  const result = verify.data;
  const lastAnchor = result?.anchors.last;
  return (
    <Section title={t('admin.verifyTitle')}>
      <p className="section-intro">{t('admin.verifyIntro')}</p>
      <Button type="primary" onClick={() => verify.mutate()} loading={verify.isPending}>
        {t('admin.verify')}
      </Button>
      <div aria-live="polite" className="verify-result">
        {result && !result.break && (
          <Alert type="success" showIcon title={t('admin.chainIntact', { checked: format.number(result.checked) })} />
        )}
        {result?.break && (
          <Alert
            type="error"
            showIcon
            title={breakMessage(result.break)}
            description={t('admin.auditChecked', {
              checked: format.number(result.checked),
              last: format.number(result.lastSeq),
            })}
          />
        )}
        {result && (
          <p className="muted">
            {lastAnchor
              ? t('admin.lastAnchor', { seq: format.number(lastAnchor.seq), at: format.instant(lastAnchor.at) })
              : t('admin.noAnchor')}
          </p>
        )}
        <ProblemAlert error={verify.error} />
      </div>
    </Section>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const format = useFormat();
  const entries = useInfiniteQuery({
    queryKey: ['admin', 'audit'],
    queryFn: ({ pageParam }) => adminApi.listAudit(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = entries.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Section title={t('admin.auditLog')}>
      <ProblemAlert error={entries.error} />
      <Table<AuditEntry>
        rowKey="seq"
        size="small"
        loading={entries.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: '#', dataIndex: 'seq', fixed: 'left' },
          { title: t('admin.auditAt'), dataIndex: 'at', render: format.instant },
          { title: t('admin.auditAction'), dataIndex: 'action', render: (action: string) => <code>{action}</code> },
          {
            title: t('admin.auditVia'),
            dataIndex: 'via',
            render: (via: AuditEntry['via']) =>
              via === 'token' ? t('admin.auditViaToken') : via === 'session' ? t('admin.auditViaSession') : '—',
          },
          {
            title: t('admin.auditSubject'),
            key: 'subject',
            render: (_, entry) => (
              <span className="muted">
                {entry.subjectType}
                {entry.subjectId ? ` ${entry.subjectId}` : ''}
              </span>
            ),
          },
          {
            title: t('admin.auditSummary'),
            dataIndex: 'summary',
            // The record as kept: field names and values, for an administrator to read.
            render: (summary: AuditEntry['summary']) =>
              Object.keys(summary).length ? <code className="audit-summary">{JSON.stringify(summary)}</code> : '—',
          },
        ]}
      />
      <LoadMore pages={entries} />
    </Section>
  );
}

export function AuditPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly>
      <Page title={t('admin.auditTitle')} width="wide">
        <AdminNavigation />
        <VerifyChain />
        <AuditLog />
      </Page>
    </AdminOnly>
  );
}
