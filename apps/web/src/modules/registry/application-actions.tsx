import type { ApprovalCriterion, StatusApplication } from '@innobridge/contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, Form, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { FormModal } from '../../shared/form-modal.js';
import { countUpTo, useFormRules } from '../../shared/form-rules.js';
import { useFormat } from '../../shared/format.js';
import { Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { ReasonModal } from '../../shared/reason-modal.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { statusLabel } from '../organizations/index.js';
import { registryApi, registryKeys } from './registry.api.js';
import { criterionLabel, documentKindLabel, isOpen } from './registry-labels.js';
import { useApplicationUpdate } from './use-application-update.js';
import './registry.css';

/** A state change of the application with the usual aftermath: success message, refresh, 409 handling. */
function useTransition(application: StatusApplication, run: () => Promise<StatusApplication>, done: string) {
  const { message } = App.useApp();
  const { applied, handleConflict } = useApplicationUpdate(application);
  const [problem, setProblem] = useState<unknown>(null);
  const mutation = useMutation({
    mutationFn: run,
    onMutate: () => setProblem(null),
    onSuccess: async (updated) => {
      message.success(done);
      await applied(updated);
    },
    onError: (error) => {
      if (!handleConflict(error)) setProblem(error);
    },
  });
  return { ...mutation, problem };
}

export function ApplicantActions({ application }: { application: StatusApplication }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const submit = useTransition(application, () => registryApi.submit(application.id), t('applicantActions.submitted'));
  const withdraw = useTransition(
    application,
    () => registryApi.withdraw(application.id),
    t('applicantActions.withdrawn'),
  );
  if (!isOpen(application)) return null;

  const present = new Set(application.documents.map((document) => document.kind));
  const missing = application.requiredDocuments.filter((kind) => !present.has(kind));
  const confirmWithdraw = () =>
    modal.confirm({
      title: t('applicantActions.withdrawConfirmTitle'),
      content: t('applicantActions.withdrawConfirm'),
      okText: t('applicantActions.withdraw'),
      okButtonProps: { danger: true },
      cancelText: t('action.cancel'),
      onOk: () => withdraw.mutate(),
    });

  return (
    <Section title={t('applicantActions.title')}>
      <p className="section-intro">{t(`applicantActions.hint.${application.state}`)}</p>
      <ProblemAlert error={submit.problem ?? withdraw.problem} />
      {application.state === 'draft' && missing.length > 0 && (
        <Alert
          type="info"
          showIcon
          className="inline-action"
          id="submit-blocked"
          title={t('applicantActions.missingDocuments', {
            documents: format.list(missing.map((kind) => documentKindLabel(t, kind))),
          })}
        />
      )}
      <Space wrap>
        {application.state === 'draft' && (
          <Popconfirm
            title={t('applicantActions.submitConfirm')}
            okText={t('applicantActions.submit')}
            cancelText={t('action.cancel')}
            onConfirm={() => submit.mutate()}
            disabled={missing.length > 0}
          >
            <Button
              type="primary"
              disabled={missing.length > 0}
              loading={submit.isPending}
              aria-describedby={missing.length > 0 ? 'submit-blocked' : undefined}
            >
              {t('applicantActions.submit')}
            </Button>
          </Popconfirm>
        )}
        <Button danger onClick={confirmWithdraw} loading={withdraw.isPending}>
          {t('applicantActions.withdraw')}
        </Button>
      </Space>
    </Section>
  );
}

type ModalProps = { application: StatusApplication; open: boolean; onClose: () => void };

function RequestInfoModal({ application, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { applied, handleConflict } = useApplicationUpdate(application);
  return (
    <ReasonModal
      name="request-info"
      open={open}
      onClose={onClose}
      title={t('operatorActions.requestInfoTitle')}
      intro={t('operatorActions.requestInfoIntro')}
      okText={t('operatorActions.sendRequest')}
      field={{ name: 'message', label: t('operatorActions.questions'), minRows: 4 }}
      send={(text) => registryApi.requestInfo(application.id, text)}
      onSent={async (updated) => {
        message.success(t('operatorActions.infoRequested'));
        await applied(updated);
      }}
      onFailed={handleConflict}
    />
  );
}

type ApproveValues = { checklist: Partial<Record<ApprovalCriterion, boolean>>; reason: string };

function ApproveModal({ application, open, onClose }: ModalProps) {
  const { t } = useTranslation(['app', 'errors']);
  const { message } = App.useApp();
  const rules = useFormRules();
  const { applied, handleConflict } = useApplicationUpdate(application);
  const [form] = Form.useForm<ApproveValues>();
  const settings = useQuery({
    queryKey: registryKeys.settings(application.reviewerJurisdiction),
    queryFn: () => registryApi.settings(application.reviewerJurisdiction),
    enabled: open,
  });
  const criteria = settings.data?.approvalCriteria[application.requestedStatus] ?? [];
  const submission = useFormSubmit({
    form,
    fieldPaths: ['reason', ...criteria.map((criterion) => `checklist.${criterion}`)],
    submit: (values: ApproveValues) =>
      registryApi.approve(
        application.id,
        criteria.filter((criterion) => values.checklist?.[criterion]),
        values.reason.trim(),
      ),
    onSuccess: async (updated) => {
      message.success(t('operatorActions.approved'));
      onClose();
      await applied(updated);
    },
    onError: (error) => handleConflict(error) && onClose(),
  });
  const mustBeTicked = {
    validator: async (_: unknown, value: boolean | undefined) => {
      if (!value) throw new Error(t('errors:field.criterion_required'));
    },
  };
  return (
    <FormModal
      form={form}
      name="approve"
      open={open}
      title={t('operatorActions.approveTitle', { status: statusLabel(t, application.requestedStatus) })}
      intro={t('operatorActions.approveIntro')}
      okText={t('operatorActions.approve')}
      okDisabled={!settings.data}
      submission={submission}
      onClose={onClose}
    >
      <ProblemAlert error={settings.error} />
      <fieldset className="criteria">
        <legend>{t('operatorActions.criteria')}</legend>
        {criteria.map((criterion) => (
          <Form.Item
            key={criterion}
            name={['checklist', criterion]}
            valuePropName="checked"
            rules={[mustBeTicked]}
            className="criterion-item"
          >
            <Checkbox>{criterionLabel(t, criterion)}</Checkbox>
          </Form.Item>
        ))}
      </fieldset>
      <Form.Item
        name="reason"
        label={t('operatorActions.approveReason')}
        extra={t('operatorActions.reasonVisible')}
        rules={[rules.requiredText, rules.maxChars(5000)]}
      >
        <Input.TextArea {...countUpTo(5000)} autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
    </FormModal>
  );
}

function RejectModal({ application, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { applied, handleConflict } = useApplicationUpdate(application);
  return (
    <ReasonModal
      name="reject"
      open={open}
      onClose={onClose}
      title={t('operatorActions.rejectTitle')}
      intro={t('operatorActions.rejectIntro')}
      okText={t('operatorActions.reject')}
      danger
      field={{ name: 'reason', label: t('operatorActions.rejectReason'), extra: t('operatorActions.reasonVisible') }}
      send={(text) => registryApi.reject(application.id, text)}
      onSent={async (updated) => {
        message.success(t('operatorActions.rejected'));
        await applied(updated);
      }}
      onFailed={handleConflict}
    />
  );
}

type OpenModal = 'requestInfo' | 'approve' | 'reject' | null;

export function OperatorActions({ application }: { application: StatusApplication }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const [openModal, setOpenModal] = useState<OpenModal>(null);
  const take = useTransition(application, () => registryApi.take(application.id), t('operatorActions.taken'));
  const close = () => setOpenModal(null);
  const { state } = application;
  const assignedToMe = !!me && application.assignedOperatorId === me.id;
  const canTake = state === 'submitted' || (state === 'in_review' && !assignedToMe);
  // Nobody decides on their own organisation: the actions stay visible, disabled, with the reason.
  const own = application.ownOrganization;
  const blocked = own ? { disabled: true, 'aria-describedby': 'decision-own-organization' } : {};

  return (
    <Section title={t('operatorActions.title')}>
      <p className="section-intro">{t(`operatorActions.hint.${state}`)}</p>
      {own && (canTake || state === 'in_review') && (
        <Alert
          type="warning"
          showIcon
          className="inline-action"
          id="decision-own-organization"
          title={t('operatorActions.ownOrganization')}
        />
      )}
      <ProblemAlert error={take.problem} />
      <Space wrap>
        {canTake && (
          <Button type="primary" onClick={() => take.mutate()} loading={take.isPending} {...blocked}>
            {state === 'submitted' ? t('operatorActions.take') : t('operatorActions.takeOver')}
          </Button>
        )}
        {state === 'in_review' && (
          <>
            <Button onClick={() => setOpenModal('requestInfo')} {...blocked}>
              {t('operatorActions.requestInfo')}
            </Button>
            <Button type={assignedToMe ? 'primary' : 'default'} onClick={() => setOpenModal('approve')} {...blocked}>
              {t('operatorActions.approve')}
            </Button>
            <Button danger onClick={() => setOpenModal('reject')} {...blocked}>
              {t('operatorActions.reject')}
            </Button>
          </>
        )}
      </Space>
      <RequestInfoModal application={application} open={openModal === 'requestInfo'} onClose={close} />
      <ApproveModal application={application} open={openModal === 'approve'} onClose={close} />
      <RejectModal application={application} open={openModal === 'reject'} onClose={close} />
    </Section>
  );
}
