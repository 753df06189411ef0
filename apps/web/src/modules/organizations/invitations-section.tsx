import { MEMBER_ROLES, type MemberRole } from '@innobridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Popconfirm, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api-client.js';
import { useFormRules } from '../../shared/form-rules.js';
import { useFormat } from '../../shared/format.js';
import { Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { type Invitation, invitationsQueryKey, organizationsApi } from './organizations.api.js';
import './organizations.css';

type InviteValues = { email: string; role: MemberRole };

function InviteForm({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<InviteValues>();
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['email', 'role'],
    submit: (values: InviteValues) => organizationsApi.invite(organizationId, values.email, values.role),
    onSuccess: async (invitation) => {
      form.resetFields();
      message.success(t('invitations.sent', { email: invitation.email }));
      await queryClient.invalidateQueries({ queryKey: invitationsQueryKey(organizationId) });
    },
  });

  return (
    <>
      {problemAlert}
      <Form
        form={form}
        name="invite"
        layout="inline"
        className="inline-form"
        onFinish={submit}
        initialValues={{ role: 'member' }}
      >
        <Form.Item name="email" label={t('field.email')} rules={[rules.requiredText, rules.email]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('members.role')}>
          <Select
            className="role-select"
            options={MEMBER_ROLES.map((role) => ({ value: role, label: t(`memberRole.${role}`) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {t('invitations.send')}
        </Button>
      </Form>
    </>
  );
}

export function InvitationsSection({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const queryClient = useQueryClient();
  const invitations = useQuery({
    queryKey: invitationsQueryKey(organizationId),
    queryFn: () => organizationsApi.listInvitations(organizationId),
  });
  const revoke = useMutation({
    mutationFn: (invitationId: string) => organizationsApi.revokeInvitation(organizationId, invitationId),
    onSuccess: async () => {
      message.success(t('invitations.revoked'));
      await queryClient.invalidateQueries({ queryKey: invitationsQueryKey(organizationId) });
    },
    onError: (error) => message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 })),
  });

  return (
    <Section title={t('invitations.title')}>
      <p className="section-intro">{t('invitations.intro')}</p>
      <InviteForm organizationId={organizationId} />
      <ProblemAlert error={invitations.error} />
      <Table<Invitation>
        rowKey="id"
        size="small"
        loading={invitations.isPending}
        dataSource={invitations.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('invitations.none') }}
        columns={[
          { title: t('field.email'), dataIndex: 'email' },
          { title: t('members.role'), dataIndex: 'role', render: (role: MemberRole) => t(`memberRole.${role}`) },
          { title: t('invitations.sentAt'), dataIndex: 'createdAt', render: format.instant },
          { title: t('invitations.expiresAt'), dataIndex: 'expiresAt', render: format.instant },
          {
            title: <span className="visually-hidden">{t('table.actions')}</span>,
            key: 'actions',
            align: 'end',
            render: (_, invitation) => (
              <Popconfirm
                title={t('invitations.revokeConfirm', { email: invitation.email })}
                okText={t('action.revoke')}
                cancelText={t('action.cancel')}
                onConfirm={() => revoke.mutate(invitation.id)}
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
