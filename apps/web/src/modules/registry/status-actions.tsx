import type { OrganizationStatus } from '@innobridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api-client.js';
import { useFormRules } from '../../shared/form-rules.js';
import { Section } from '../../shared/page.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { statusLabel } from '../organizations/organization-labels.js';
import { registryApi, registryKeys, type StatusAction } from './registry.api.js';

/** The statuses each direct action starts from (the API's table; anything else is refused with 409). */
const ACTION_FROM: Record<StatusAction, OrganizationStatus[]> = {
  suspend: ['participant', 'partner'],
  exclude: ['participant', 'partner', 'suspended'],
  reinstate: ['suspended'],
};
const ACTIONS: StatusAction[] = ['suspend', 'exclude', 'reinstate'];

function StatusActionModal({
  organizationId,
  action,
  onClose,
}: {
  organizationId: string;
  action: StatusAction | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ reason: string }>();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: registryKeys.organization(organizationId) }),
      queryClient.invalidateQueries({ queryKey: ['organizations', organizationId], exact: true }),
    ]);
  const { submit, isSubmitting, problemAlert, reset } = useFormSubmit({
    form,
    fieldPaths: ['reason'],
    submit: (values: { reason: string }) =>
      registryApi.changeStatus(organizationId, action ?? 'suspend', values.reason.trim()),
    onSuccess: async (result) => {
      message.success(t('statusActions.done', { status: statusLabel(t, result.status) }));
      onClose();
      await refresh();
    },
    onError: async (error) => {
      // The status changed meanwhile: show it as it is now.
      if (isApiError(error) && error.status === 409) await refresh();
    },
  });
  return (
    <Modal
      open={action !== null}
      title={action ? t(`statusActions.${action}.title`) : undefined}
      okText={action ? t(`statusActions.${action}.confirm`) : undefined}
      okButtonProps={{ danger: action !== 'reinstate' }}
      cancelText={t('action.cancel')}
      confirmLoading={isSubmitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        reset();
      }}
      forceRender
    >
      {action && <p>{t(`statusActions.${action}.intro`)}</p>}
      {problemAlert}
      <Form form={form} name="status-action" layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('statusActions.reason')}
          extra={t('statusActions.reasonHint')}
          rules={[rules.requiredText]}
        >
          <Input.TextArea maxLength={5000} autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The operator's direct decisions on an organisation's status, each with a reason kept in its history. */
export function StatusActions({ organizationId, status }: { organizationId: string; status: OrganizationStatus }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<StatusAction | null>(null);
  const available = ACTIONS.filter((candidate) => ACTION_FROM[candidate].includes(status));
  return (
    <Section title={t('statusActions.title')}>
      <p className="section-intro">
        {available.length > 0 ? t('statusActions.intro') : t('statusActions.none', { status: statusLabel(t, status) })}
      </p>
      <Space wrap>
        {available.map((candidate) => (
          <Button key={candidate} danger={candidate !== 'reinstate'} onClick={() => setAction(candidate)}>
            {t(`statusActions.${candidate}.button`)}
          </Button>
        ))}
      </Space>
      <StatusActionModal organizationId={organizationId} action={action} onClose={() => setAction(null)} />
    </Section>
  );
}
