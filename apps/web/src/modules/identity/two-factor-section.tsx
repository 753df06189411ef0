import type { Me } from '@innobridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, type InputProps, QRCode, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../app/auth.js';
import { FormModal } from '../../shared/form-modal.js';
import { CODE_MAX, useFormRules } from '../../shared/form-rules.js';
import { Section } from '../../shared/page.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { identityApi, type TwoFactorSetup } from './identity.api.js';
import { sessionsQueryKey } from './sessions-section.js';
import './identity.css';

type PasswordValues = { password: string };
type CodeValues = { code: string };
type DisableValues = { password: string; code: string };

// Form.Item gives its child the id, value and change handler: they are passed on to the input.
const CodeInput = (props: InputProps) => <Input {...props} autoComplete="one-time-code" spellCheck={false} />;

/** Recovery codes are shown once, right after they are made; the platform keeps only their hashes. */
function RecoveryCodesShown({ codes, onDismiss }: { codes: string[]; onDismiss: () => void }) {
  const { t } = useTranslation();
  const text = codes.join('\n');
  return (
    <Alert
      type="success"
      showIcon
      className="token-secret"
      title={t('twoFactor.recoveryTitle')}
      description={
        <>
          <p>{t('twoFactor.recoveryIntro')}</p>
          <Typography.Paragraph copyable={{ text, tooltips: [t('action.copy'), t('action.copied')] }}>
            <ul className="recovery-codes" aria-label={t('twoFactor.recoveryTitle')}>
              {codes.map((code) => (
                <li key={code}>
                  <code>{code}</code>
                </li>
              ))}
            </ul>
          </Typography.Paragraph>
          <Button size="small" onClick={onDismiss}>
            {t('twoFactor.recoverySaved')}
          </Button>
        </>
      }
    />
  );
}

/** Turning it on: the password, then the QR code (or the key) for the app, then a code from the app. */
function TurnOn({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [setup, setSetup] = useState<TwoFactorSetup | null>(null);
  const [passwordForm] = Form.useForm<PasswordValues>();
  const [codeForm] = Form.useForm<CodeValues>();
  const start = useFormSubmit({
    form: passwordForm,
    fieldPaths: ['password'],
    submit: (values: PasswordValues) => identityApi.startTwoFactorSetup(values.password),
    onSuccess: (result) => {
      passwordForm.resetFields();
      setSetup(result);
    },
  });
  const enable = useFormSubmit({
    form: codeForm,
    fieldPaths: ['code'],
    submit: (values: CodeValues) => identityApi.enableTwoFactor(values.code),
    onSuccess: (result) => {
      codeForm.resetFields();
      setSetup(null);
      onEnabled(result.recoveryCodes);
    },
  });

  if (!setup) {
    return (
      <>
        <p>{t('twoFactor.passwordStep')}</p>
        {start.problemAlert}
        <Form
          form={passwordForm}
          name="two-factor-start"
          layout="inline"
          onFinish={start.submit}
          className="inline-form"
        >
          <Form.Item name="password" label={t('field.password')} rules={[rules.required]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={start.isSubmitting}>
            {t('twoFactor.turnOn')}
          </Button>
        </Form>
      </>
    );
  }
  return (
    <div className="two-factor-setup">
      <p>{t('twoFactor.scanStep')}</p>
      <Space align="start" wrap size="large">
        <QRCode value={setup.otpauthUri} aria-label={t('twoFactor.qrLabel')} role="img" bordered={false} />
        <div>
          <p className="field-label">{t('twoFactor.secretLabel')}</p>
          <Typography.Paragraph
            code
            copyable={{ text: setup.secret, tooltips: [t('action.copy'), t('action.copied')] }}
            className="token-value"
            data-testid="two-factor-secret"
          >
            {setup.secret}
          </Typography.Paragraph>
        </div>
      </Space>
      {enable.problemAlert}
      <Form form={codeForm} name="two-factor-enable" layout="inline" onFinish={enable.submit} className="inline-form">
        <Form.Item name="code" label={t('field.code')} rules={[rules.requiredText, rules.maxChars(CODE_MAX)]}>
          <CodeInput />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={enable.isSubmitting}>
          {t('twoFactor.enable')}
        </Button>
        <Button onClick={() => setSetup(null)}>{t('action.cancel')}</Button>
      </Form>
    </div>
  );
}

function NewRecoveryCodes({ onCreated }: { onCreated: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<CodeValues>();
  const submission = useFormSubmit({
    form,
    fieldPaths: ['code'],
    submit: (values: CodeValues) => identityApi.regenerateRecoveryCodes(values.code),
    onSuccess: (result) => {
      setOpen(false);
      onCreated(result.recoveryCodes);
    },
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('twoFactor.newRecoveryCodes')}</Button>
      <FormModal
        form={form}
        name="two-factor-recovery-codes"
        open={open}
        title={t('twoFactor.newRecoveryCodes')}
        intro={t('twoFactor.newRecoveryIntro')}
        okText={t('twoFactor.newRecoveryCodes')}
        submission={submission}
        onClose={() => setOpen(false)}
      >
        <Form.Item name="code" label={t('field.code')} rules={[rules.requiredText, rules.maxChars(CODE_MAX)]}>
          <CodeInput />
        </Form.Item>
      </FormModal>
    </>
  );
}

function TurnOff({ onDisabled }: { onDisabled: () => void }) {
  const { t } = useTranslation();
  const rules = useFormRules();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<DisableValues>();
  const submission = useFormSubmit({
    form,
    fieldPaths: ['password', 'code'],
    submit: (values: DisableValues) => identityApi.disableTwoFactor(values.password, values.code),
    onSuccess: () => {
      setOpen(false);
      onDisabled();
    },
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('twoFactor.turnOff')}
      </Button>
      <FormModal
        form={form}
        name="two-factor-disable"
        open={open}
        title={t('twoFactor.turnOff')}
        intro={t('twoFactor.turnOffIntro')}
        okText={t('twoFactor.turnOff')}
        danger
        submission={submission}
        onClose={() => setOpen(false)}
      >
        <Form.Item name="password" label={t('field.password')} rules={[rules.required]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="code" label={t('field.code')} rules={[rules.requiredText, rules.maxChars(CODE_MAX)]}>
          <CodeInput />
        </Form.Item>
      </FormModal>
    </>
  );
}

export function TwoFactorSection({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const { enabled, required, recoveryCodesLeft } = me.twoFactor;
  const isAdmin = me.roles.some((grant) => grant.role === 'admin');
  const refresh = () => queryClient.invalidateQueries({ queryKey: meQuery.queryKey });

  return (
    <Section
      title={t('twoFactor.title')}
      extra={<Tag color={enabled ? 'success' : 'default'}>{enabled ? t('twoFactor.on') : t('twoFactor.off')}</Tag>}
    >
      <p className="section-intro">{t('twoFactor.intro')}</p>
      {required && <Alert type="warning" showIcon title={t('twoFactor.requiredForAdmin')} className="section-alert" />}
      {recoveryCodes && <RecoveryCodesShown codes={recoveryCodes} onDismiss={() => setRecoveryCodes(null)} />}
      {enabled ? (
        <>
          <p>{t('twoFactor.recoveryCodesLeft', { n: recoveryCodesLeft })}</p>
          <Space wrap>
            <NewRecoveryCodes
              onCreated={async (codes) => {
                setRecoveryCodes(codes);
                await refresh();
              }}
            />
            {isAdmin ? (
              <Typography.Text type="secondary">{t('twoFactor.adminKeepsIt')}</Typography.Text>
            ) : (
              <TurnOff
                onDisabled={async () => {
                  setRecoveryCodes(null);
                  message.success(t('twoFactor.turnedOff'));
                  await refresh();
                }}
              />
            )}
          </Space>
        </>
      ) : (
        <TurnOn
          onEnabled={async (codes) => {
            setRecoveryCodes(codes);
            message.success(t('twoFactor.enabled'));
            await Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: sessionsQueryKey })]);
          }}
        />
      )}
    </Section>
  );
}
