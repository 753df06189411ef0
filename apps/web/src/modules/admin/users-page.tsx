import type { RoleGrant } from '@innobridge/contracts';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { isApiError } from '../../shared/api-client.js';
import { useFormat } from '../../shared/format.js';
import { LoadMore } from '../../shared/load-more.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { type AdminUser, adminApi, type RoleToGrant } from './admin.api.js';
import { AdminNavigation, AdminOnly } from './admin-only.js';
import { roleGrantLabel } from './role-label.js';

const GRANTABLE: Record<string, RoleToGrant> = {
  'operator:RU': { role: 'operator', jurisdiction: 'RU' },
  'operator:CN': { role: 'operator', jurisdiction: 'CN' },
  board_member: { role: 'board_member' },
  admin: { role: 'admin' },
};

const usersQueryKey = ['admin', 'users'] as const;

function useRoleMutations() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const onError = (error: Error) =>
    message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: usersQueryKey });
  // A grant needs a fresh second factor: past it, the admin is asked for a code and the grant is sent again.
  const [codeFor, setCodeFor] = useState<{ userId: string; role: RoleToGrant } | null>(null);
  const grant = useMutation({
    mutationFn: ({ userId, role, code }: { userId: string; role: RoleToGrant; code?: string }) =>
      adminApi.grantRole(userId, role, code),
    onSuccess: async (granted) => {
      setCodeFor(null);
      message.success(t('admin.roleGranted', { role: roleGrantLabel(t, granted) }));
      await refresh();
    },
    onError: (error, { userId, role, code }) => {
      if (!code && isApiError(error, 'second_factor_required')) setCodeFor({ userId, role });
      else onError(error);
    },
  });
  const revoke = useMutation({
    mutationFn: ({ userId, grant }: { userId: string; grant: RoleGrant }) => adminApi.revokeRole(userId, grant.id),
    onSuccess: async (_, { grant: revoked }) => {
      message.success(t('admin.roleRevoked', { role: roleGrantLabel(t, revoked) }));
      await refresh();
    },
    onError,
  });
  const resetTwoFactor = useMutation({
    mutationFn: (user: AdminUser) => adminApi.resetTwoFactor(user.id),
    onSuccess: async (_, user) => {
      message.success(t('admin.twoFactorReset', { name: user.displayName }));
      await refresh();
    },
    onError,
  });
  return { grant, revoke, resetTwoFactor, codeFor, closeCodePrompt: () => setCodeFor(null) };
}

/** Asks for a code from the admin's authenticator app, for a grant that needs a fresh second factor. */
function SecondFactorPrompt({
  open,
  loading,
  onSubmit,
  onCancel,
}: {
  open: boolean;
  loading: boolean;
  onSubmit: (code: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  return (
    <Modal
      open={open}
      title={t('admin.confirmWithCode')}
      okText={t('admin.grant')}
      cancelText={t('action.cancel')}
      confirmLoading={loading}
      okButtonProps={{ disabled: code.trim().length < 6 }}
      onOk={() => onSubmit(code.trim())}
      onCancel={onCancel}
      afterClose={() => setCode('')}
    >
      <p>{t('admin.confirmWithCodeIntro')}</p>
      <Input
        aria-label={t('admin.confirmWithCode')}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={20}
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
    </Modal>
  );
}

/** Whether a user signs in with a second factor; an admin can turn it off for someone who lost the app. */
function TwoFactorCell({ user, onReset }: { user: AdminUser; onReset: () => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const { me } = useMe();
  if (!user.twoFactorEnabled) return <span className="muted">{t('twoFactor.off')}</span>;
  // An admin's own stays on (admins must use it).
  if (user.id === me?.id) return <Tag color="success">{t('twoFactor.on')}</Tag>;
  const confirmReset = () =>
    modal.confirm({
      title: t('admin.resetTwoFactorConfirm', { name: user.displayName }),
      content: t('admin.resetTwoFactorExplained'),
      okText: t('admin.resetTwoFactor'),
      okButtonProps: { danger: true },
      cancelText: t('action.cancel'),
      onOk: onReset,
    });
  return (
    <Space size="small" wrap>
      <Tag color="success">{t('twoFactor.on')}</Tag>
      <Button
        size="small"
        danger
        onClick={confirmReset}
        aria-label={t('admin.resetTwoFactorFor', { name: user.displayName })}
      >
        {t('admin.resetTwoFactor')}
      </Button>
    </Space>
  );
}

function RoleTags({ user, onRevoke }: { user: AdminUser; onRevoke: (grant: RoleGrant) => void }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  if (user.roles.length === 0) return <span className="muted">{t('admin.noRoles')}</span>;
  const confirmRevoke = (grant: RoleGrant) =>
    modal.confirm({
      title: t('admin.revokeConfirm', { role: roleGrantLabel(t, grant), name: user.displayName }),
      okText: t('action.revoke'),
      okButtonProps: { danger: true },
      cancelText: t('action.cancel'),
      onOk: () => onRevoke(grant),
    });
  return (
    <Space size={[4, 4]} wrap>
      {user.roles.map((grant) => (
        <Tag
          key={grant.id}
          color="blue"
          closable={{ 'aria-label': t('admin.revokeRole', { role: roleGrantLabel(t, grant) }) }}
          onClose={(event) => {
            event.preventDefault();
            confirmRevoke(grant);
          }}
        >
          {roleGrantLabel(t, grant)}
        </Tag>
      ))}
    </Space>
  );
}

function GrantRoleControl({ user, onGrant }: { user: AdminUser; onGrant: (role: RoleToGrant) => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<string | undefined>();
  const held = new Set(
    user.roles.map((grant) => (grant.jurisdiction ? `${grant.role}:${grant.jurisdiction}` : grant.role)),
  );
  const options = Object.entries(GRANTABLE)
    .filter(([key]) => !held.has(key))
    .map(([key, role]) => ({
      value: key,
      label: roleGrantLabel(t, { role: role.role, jurisdiction: role.jurisdiction ?? null }),
    }));
  if (options.length === 0) return null;
  const grantChoice = () => {
    const role = choice ? GRANTABLE[choice] : undefined;
    if (role) onGrant(role);
    setChoice(undefined);
  };
  return (
    <Space.Compact>
      <Select
        size="small"
        className="grant-select"
        placeholder={t('admin.chooseRole')}
        aria-label={t('admin.grantRoleTo', { name: user.displayName })}
        value={choice}
        onChange={setChoice}
        options={options}
      />
      <Button size="small" onClick={grantChoice} disabled={!choice}>
        {t('admin.grant')}
      </Button>
    </Space.Compact>
  );
}

function UsersTable() {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const { grant, revoke, resetTwoFactor, codeFor, closeCodePrompt } = useRoleMutations();
  const users = useInfiniteQuery({
    queryKey: [...usersQueryKey, search],
    queryFn: ({ pageParam }) => adminApi.listUsers(search, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <SecondFactorPrompt
        open={!!codeFor}
        loading={grant.isPending}
        onSubmit={(code) => codeFor && grant.mutate({ ...codeFor, code })}
        onCancel={closeCodePrompt}
      />
      <Input.Search
        className="search-input"
        aria-label={t('admin.searchUsers')}
        placeholder={t('admin.searchPlaceholder')}
        allowClear
        enterButton={t('action.search')}
        onSearch={(value) => setSearch(value.trim())}
      />
      <ProblemAlert error={users.error} />
      <Table<AdminUser>
        rowKey="id"
        size="small"
        loading={users.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        columns={[
          { title: t('field.displayName'), dataIndex: 'displayName' },
          {
            title: t('field.email'),
            key: 'email',
            render: (_, user) => (
              <>
                {user.email}
                {!user.emailConfirmed && <Tag className="inline-tag">{t('admin.notConfirmed')}</Tag>}
              </>
            ),
          },
          { title: t('admin.registeredAt'), dataIndex: 'createdAt', render: format.date },
          {
            title: t('admin.roles'),
            key: 'roles',
            render: (_, user) => (
              <RoleTags user={user} onRevoke={(g) => revoke.mutate({ userId: user.id, grant: g })} />
            ),
          },
          {
            title: t('twoFactor.title'),
            key: 'twoFactor',
            render: (_, user) => <TwoFactorCell user={user} onReset={() => resetTwoFactor.mutate(user)} />,
          },
          {
            title: t('admin.grantRole'),
            key: 'grant',
            render: (_, user) => (
              <GrantRoleControl user={user} onGrant={(role) => grant.mutate({ userId: user.id, role })} />
            ),
          },
        ]}
      />
      <LoadMore pages={users} />
    </>
  );
}

export function UsersPage() {
  const { t } = useTranslation();
  return (
    <AdminOnly>
      <Page title={t('admin.usersTitle')} width="wide">
        <AdminNavigation />
        <UsersTable />
      </Page>
    </AdminOnly>
  );
}
