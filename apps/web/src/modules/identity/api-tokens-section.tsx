import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_SCOPES, type ApiTokenScope, type Me } from '@innobridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api-client.js';
import { CODE_MAX, countUpTo, useFormRules } from '../../shared/form-rules.js';
import { useFormat } from '../../shared/format.js';
import { Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { type ApiTokenInfo, type CreatedApiToken, identityApi, type NewApiToken } from './identity.api.js';
import './identity.css';

const apiTokensQueryKey = ['me', 'api-tokens'] as const;

type CreateTokenValues = { name: string; scopes: ApiTokenScope[]; expiresInDays: number; code?: string };

const LIFETIMES = [30, 90, 180, 365] as const;

/**
 * A scope's name in the reader's language. Scopes hold a colon (`write:registry`), which i18next
 * would otherwise read as a namespace separator and show the bare key.
 */
const scopeLabel = (t: TFunction, scope: ApiTokenScope) => t(`account.scope.${scope}`, { nsSeparator: false });

/** The secret is shown once, right after it is created; the platform keeps only its hash. */
function NewTokenSecret({ created, onDismiss }: { created: CreatedApiToken; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      className="token-secret"
      title={t('account.tokenCreated', { name: created.name })}
      description={
        <>
          <p>{t('account.tokenShownOnce')}</p>
          <Typography.Paragraph
            code
            copyable={{ text: created.token, tooltips: [t('action.copy'), t('action.copied')] }}
            className="token-value"
          >
            {created.token}
          </Typography.Paragraph>
          <Button size="small" onClick={onDismiss}>
            {t('account.tokenSaved')}
          </Button>
        </>
      }
    />
  );
}

/** Name, what the token may do and for how long; with two-factor sign-in on, a current code too. */
function CreateTokenForm({ me, onCreated }: { me: Me; onCreated: (created: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [form] = Form.useForm<CreateTokenValues>();
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['name', 'scopes', 'expiresInDays', 'code'],
    submit: (values: CreateTokenValues) => {
      const input: NewApiToken = { name: values.name, scopes: values.scopes, expiresInDays: values.expiresInDays };
      if (values.code?.trim()) input.code = values.code.trim();
      return identityApi.createApiToken(input);
    },
    onSuccess: (created) => {
      form.resetFields();
      onCreated(created);
    },
  });
  return (
    <>
      {problemAlert}
      <Form
        form={form}
        name="create-api-token"
        layout="vertical"
        onFinish={submit}
        className="token-form"
        initialValues={{ scopes: ['read'], expiresInDays: API_TOKEN_DEFAULT_DAYS }}
      >
        <Form.Item name="name" label={t('account.tokenName')} rules={[rules.requiredText, rules.maxChars(80)]}>
          <Input {...countUpTo(80)} placeholder={t('account.tokenNamePlaceholder')} />
        </Form.Item>
        <Form.Item
          name="scopes"
          label={t('account.tokenScopes')}
          extra={t('account.tokenScopesHint')}
          // A validator rather than `required`: Ant Design would put aria-required on the group's plain
          // <div>, where it is not allowed; "at least one" is said by the message instead.
          rules={[
            {
              validator: async (_, scopes?: ApiTokenScope[]) => {
                if (!scopes?.length) throw new Error(t('account.tokenScopesRequired'));
              },
            },
          ]}
        >
          <Checkbox.Group options={API_TOKEN_SCOPES.map((scope) => ({ value: scope, label: scopeLabel(t, scope) }))} />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('account.tokenLifetime')}>
          <Select
            className="token-lifetime"
            options={LIFETIMES.map((days) => ({ value: days, label: t('account.tokenLifetimeDays', { days }) }))}
          />
        </Form.Item>
        {me.twoFactor.enabled && (
          <Form.Item
            name="code"
            label={t('account.tokenCode')}
            extra={t('account.tokenCodeHint')}
            rules={[rules.maxChars(CODE_MAX)]}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" className="code-input" />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {t('account.createToken')}
        </Button>
      </Form>
    </>
  );
}

export function ApiTokensSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const format = useFormat();
  const queryClient = useQueryClient();
  const tokens = useQuery({ queryKey: apiTokensQueryKey, queryFn: identityApi.listApiTokens });
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const revoke = useMutation({
    mutationFn: identityApi.revokeApiToken,
    onSuccess: async () => {
      message.success(t('account.tokenRevoked'));
      await queryClient.invalidateQueries({ queryKey: apiTokensQueryKey });
    },
    onError: (error) => message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 })),
  });

  const onCreated = async (token: CreatedApiToken) => {
    setCreated(token);
    await queryClient.invalidateQueries({ queryKey: apiTokensQueryKey });
  };

  return (
    <Section title={t('account.apiTokens')}>
      <p className="section-intro">{t('account.apiTokensIntro')}</p>
      {created && <NewTokenSecret created={created} onDismiss={() => setCreated(null)} />}
      <CreateTokenForm me={me} onCreated={onCreated} />
      <ProblemAlert error={tokens.error} />
      <Table<ApiTokenInfo>
        rowKey="id"
        size="small"
        loading={tokens.isPending}
        dataSource={tokens.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: t('account.noTokens') }}
        columns={[
          { title: t('account.tokenName'), dataIndex: 'name' },
          { title: t('account.tokenPrefix'), dataIndex: 'prefix', render: (prefix: string) => <code>{prefix}…</code> },
          {
            title: t('account.tokenScopes'),
            dataIndex: 'scopes',
            render: (scopes: ApiTokenScope[]) => scopes.map((scope) => <Tag key={scope}>{scopeLabel(t, scope)}</Tag>),
          },
          { title: t('account.createdAt'), dataIndex: 'createdAt', render: format.instant },
          {
            title: t('account.tokenExpiresAt'),
            dataIndex: 'expiresAt',
            render: (value: string) =>
              new Date(value).getTime() <= Date.now() ? (
                <Tag color="red">{t('account.tokenExpired')}</Tag>
              ) : (
                format.instant(value)
              ),
          },
          {
            title: t('account.lastUsedAt'),
            dataIndex: 'lastUsedAt',
            render: (value: string | null) => (value ? format.instant(value) : t('account.neverUsed')),
          },
          {
            title: <span className="visually-hidden">{t('table.actions')}</span>,
            key: 'actions',
            align: 'end',
            render: (_, token) => (
              <Popconfirm
                title={t('account.revokeTokenConfirm', { name: token.name })}
                okText={t('action.revoke')}
                cancelText={t('action.cancel')}
                onConfirm={() => revoke.mutate(token.id)}
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
