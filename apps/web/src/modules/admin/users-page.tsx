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
import './admin.css';

const GRANTABLE: Record<string, RoleToGrant> = {
  'operator:RU': { role: 'operator', jurisdiction: 'RU' },
  'operator:CN': { role: 'operator', jurisdiction: 'CN' },
  board_member: { role: 'board_member' },
  admin: { role: 'admin' },
};

const usersQueryKey = ['admin', 'users'] as const;

/** A change to someone's account that waits for a code from the admin's authenticator app. */
type AwaitingCode =
  | { kind: 'grant'; userId: string; role: RoleToGrant }
  | { kind: 'revoke'; userId: string; grant: RoleGrant }
  | { kind: 'reset'; user: AdminUser };

function useRoleMutations() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: usersQueryKey });
  // Granting or revoking a role and resetting someone's two-factor sign-in need a fresh second factor:
  // past it, the admin is asked for a code and the change is sent again with it.
  const [codeFor, setCodeFor] = useState<AwaitingCode | null>(null);
  const onError = (error: Error, pending: AwaitingCode, code: string | undefined) => {
    if (!code && isApiError(error, 'second_factor_required')) setCodeFor(pending);
    else message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 }));
  };
  const done = async (text: string) => {
    setCodeFor(null);
    message.success(text);
    await refresh();
  };
  const grant = useMutation({
    mutationFn: ({ userId, role, code }: { userId: string; role: RoleToGrant; code?: string }) =>
      adminApi.grantRole(userId, role, code),
    onSuccess: (granted) => done(t('admin.roleGranted', { role: roleGrantLabel(t, granted) })),
    onError: (error, { userId, role, code }) => onError(error, { kind: 'grant', userId, role }, code),
  });
  const revoke = useMutation({
    mutationFn: ({ userId, grant, code }: { userId: string; grant: RoleGrant; code?: string }) =>
      adminApi.revokeRole(userId, grant.id, code),
    onSuccess: (_, { grant: revoked }) => done(t('admin.roleRevoked', { role: roleGrantLabel(t, revoked) })),
    onError: (error, { userId, grant, code }) => onError(error, { kind: 'revoke', userId, grant }, code),
  });
  const resetTwoFactor = useMutation({
    mutationFn: ({ user, code }: { user: AdminUser; code?: string }) => adminApi.resetTwoFactor(user.id, code),
    onSuccess: (_, { user }) => done(t('admin.twoFactorReset', { name: user.displayName })),
    onError: (error, { user, code }) => onError(error, { kind: 'reset', user }, code),
  });
  /** Sends the change that waited for a code again, with the code. */
  const retryWithCode = (code: string) => {
    if (codeFor?.kind === 'grant') grant.mutate({ ...codeFor, code });
    if (codeFor?.kind === 'revoke') revoke.mutate({ ...codeFor, code });
    if (codeFor?.kind === 'reset') resetTwoFactor.mutate({ ...codeFor, code });
  };
  const pending = grant.isPending || revoke.isPending || resetTwoFactor.isPending;
  return { grant, revoke, resetTwoFactor, codeFor, retryWithCode, pending, closeCodePrompt: () => setCodeFor(null) };
}

/** Asks for a code from the admin's authenticator app, for a change that needs a fresh second factor. */
function SecondFactorPrompt({
  awaiting,
  loading,
  onSubmit,
  onCancel,
}: {
  awaiting: AwaitingCode | null;
  loading: boolean;
  onSubmit: (code: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const texts = {
    grant: { ok: t('admin.grant'), intro: t('admin.confirmWithCodeIntro') },
    revoke: { ok: t('action.revoke'), intro: t('admin.confirmWithCodeIntroRevoke') },
    reset: { ok: t('admin.resetTwoFactor'), intro: t('admin.confirmWithCodeIntroReset') },
  }[awaiting?.kind ?? 'grant'];
  return (
    <Modal
      open={!!awaiting}
      title={t('admin.confirmWithCode')}
      okText={texts.ok}
      cancelText={t('action.cancel')}
      confirmLoading={loading}
      okButtonProps={{ disabled: code.trim().length < 6 }}
      onOk={() => onSubmit(code.trim())}
      onCancel={onCancel}
      afterClose={() => setCode('')}
    >
      <p>{texts.intro}</p>
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
  const { grant, revoke, resetTwoFactor, codeFor, retryWithCode, pending, closeCodePrompt } = useRoleMutations();
  const users = useInfiniteQuery({
    queryKey: [...usersQueryKey, search],
    queryFn: ({ pageParam }) => adminApi.listUsers(search, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const rows = users.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <SecondFactorPrompt awaiting={codeFor} loading={pending} onSubmit={retryWithCode} onCancel={closeCodePrompt} />
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
          { title: t('field.displayName'), dataIndex: 'displayName', fixed: 'left', className: 'table-key-column' },
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
            render: (_, user) => <TwoFactorCell user={user} onReset={() => resetTwoFactor.mutate({ user })} />,
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
