import { MEMBER_ROLES, type MemberRole } from '@innobridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { App, Button, Popconfirm, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { meQuery, useMe } from '../../app/auth.js';
import { isApiError } from '../../shared/api-client.js';
import { useFormat } from '../../shared/format.js';
import { Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { membersQueryKey, type OrganizationMember, organizationsApi } from './organizations.api.js';
import './organizations.css';

function useMemberMutations(organizationId: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = (error: Error) =>
    message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: membersQueryKey(organizationId) });

  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: MemberRole }) =>
      organizationsApi.changeMemberRole(organizationId, userId, role),
    onSuccess: async () => {
      message.success(t('members.roleChanged'));
      await refresh();
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey, exact: true });
    },
    onError: showError,
  });
  const remove = useMutation({
    mutationFn: (userId: string) => organizationsApi.removeMember(organizationId, userId),
    onSuccess: async () => {
      message.success(t('members.removed'));
      await refresh();
    },
    onError: showError,
  });
  return { changeRole, remove, showError };
}

function LeaveButton({ organizationId, userId }: { organizationId: string; userId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const leave = useMutation({
    mutationFn: () => organizationsApi.removeMember(organizationId, userId),
    onSuccess: async () => {
      message.success(t('members.left'));
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey, exact: true });
      await navigate({ to: '/my-organizations' });
    },
    onError: (error) => message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 })),
  });
  return (
    <Popconfirm
      title={t('members.leaveConfirm')}
      okText={t('members.leave')}
      cancelText={t('action.cancel')}
      onConfirm={() => leave.mutate()}
    >
      <Button size="small" danger loading={leave.isPending}>
        {t('members.leave')}
      </Button>
    </Popconfirm>
  );
}

export function MembersSection({ organizationId, canManage }: { organizationId: string; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { me } = useMe();
  const members = useQuery({
    queryKey: membersQueryKey(organizationId),
    queryFn: () => organizationsApi.listMembers(organizationId),
  });
  const { changeRole, remove } = useMemberMutations(organizationId);

  const roleCell = (member: OrganizationMember) =>
    canManage ? (
      <Select<MemberRole>
        size="small"
        value={member.role}
        aria-label={t('members.roleOf', { name: member.displayName })}
        loading={changeRole.isPending && changeRole.variables?.userId === member.userId}
        onChange={(role) => changeRole.mutate({ userId: member.userId, role })}
        options={MEMBER_ROLES.map((role) => ({ value: role, label: t(`memberRole.${role}`) }))}
        className="role-select"
      />
    ) : (
      t(`memberRole.${member.role}`)
    );

  const actionsCell = (member: OrganizationMember) => {
    if (member.userId === me?.id) return <LeaveButton organizationId={organizationId} userId={member.userId} />;
    if (!canManage) return null;
    return (
      <Popconfirm
        title={t('members.removeConfirm', { name: member.displayName })}
        okText={t('members.remove')}
        cancelText={t('action.cancel')}
        onConfirm={() => remove.mutate(member.userId)}
      >
        <Button size="small" danger>
          {t('members.remove')}
        </Button>
      </Popconfirm>
    );
  };

  return (
    <Section title={t('members.listTitle')}>
      <ProblemAlert error={members.error} />
      <Table<OrganizationMember>
        rowKey="userId"
        size="small"
        loading={members.isPending}
        dataSource={members.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('field.displayName'), dataIndex: 'displayName' },
          { title: t('field.email'), dataIndex: 'email' },
          { title: t('members.role'), key: 'role', render: (_, member) => roleCell(member) },
          { title: t('members.joinedAt'), dataIndex: 'joinedAt', render: format.date },
          {
            title: <span className="visually-hidden">{t('table.actions')}</span>,
            key: 'actions',
            align: 'end',
            render: (_, member) => actionsCell(member),
          },
        ]}
      />
    </Section>
  );
}
