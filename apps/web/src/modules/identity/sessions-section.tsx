import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api-client.js';
import { useFormat } from '../../shared/format.js';
import { Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { identityApi, type SessionInfo } from './identity.api.js';
import './identity.css';

export const sessionsQueryKey = ['me', 'sessions'] as const;

export function SessionsSection() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: sessionsQueryKey, queryFn: identityApi.listSessions });
  const revoke = useMutation({
    mutationFn: identityApi.revokeSession,
    onSuccess: async () => {
      message.success(t('account.sessionRevoked'));
      await queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
    },
    onError: (error) => message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 })),
  });

  return (
    <Section title={t('account.sessions')}>
      <p className="section-intro">{t('account.sessionsIntro')}</p>
      <ProblemAlert error={sessions.error} />
      <Table<SessionInfo>
        rowKey="id"
        size="small"
        loading={sessions.isPending}
        dataSource={sessions.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          {
            title: t('account.device'),
            key: 'device',
            render: (_, session) => (
              <>
                {session.userAgent ? (
                  // The browser's own description of itself: a code, not words to translate.
                  <span className="user-agent" translate="no">
                    {session.userAgent}
                  </span>
                ) : (
                  <span className="user-agent">{t('account.unknownDevice')}</span>
                )}
                {session.current && <Tag color="blue">{t('account.thisSession')}</Tag>}
              </>
            ),
          },
          { title: t('account.ipAddress'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
          { title: t('account.signedInAt'), dataIndex: 'createdAt', render: format.instant },
          { title: t('account.lastSeenAt'), dataIndex: 'lastSeenAt', render: format.instant },
          {
            title: <span className="visually-hidden">{t('table.actions')}</span>,
            key: 'actions',
            align: 'end',
            render: (_, session) =>
              session.current ? null : (
                <Popconfirm
                  title={t('account.revokeSessionConfirm')}
                  okText={t('action.revoke')}
                  cancelText={t('action.cancel')}
                  onConfirm={() => revoke.mutate(session.id)}
                >
                  <Button size="small" danger>
                    {t('action.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Section>
  );
}
