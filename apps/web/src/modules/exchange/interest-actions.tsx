import {
  DECLINE_REASONS,
  type DeclineReason,
  type ExpressionOfInterest,
  OUTCOMES,
  type Outcome,
} from '@innobridge/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { App, Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipOf, useMe } from '../../app/auth.js';
import { isApiError } from '../../shared/api-client.js';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { FormModal } from '../../shared/form-modal.js';
import { countUpTo, useFormRules } from '../../shared/form-rules.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { exchangeApi, exchangeKeys } from './exchange.api.js';
import { declineReasonLabel, outcomeLabel } from './exchange-labels.js';
import './exchange.css';

/** After a decision the interest, the lists that show it and the conversations are read again. */
export function useInterestUpdate() {
  const queryClient = useQueryClient();
  return async (updated: ExpressionOfInterest) => {
    queryClient.setQueryData(exchangeKeys.interest(updated.id), updated);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: exchangeKeys.interests }),
      queryClient.invalidateQueries({ queryKey: exchangeKeys.conversations }),
      queryClient.invalidateQueries({ queryKey: ['notifications'] }),
    ]);
  };
}

/** Which side of the interest the reader is on, through the organisations they belong to. */
export function useInterestSide(interest: ExpressionOfInterest): 'received' | 'sent' | null {
  const { me } = useMe();
  if (membershipOf(me, interest.to.id)) return 'received';
  if (membershipOf(me, interest.from.id)) return 'sent';
  return null;
}

type DeclineValues = { reason: DeclineReason; text?: string };

function DeclineModal({
  interest,
  open,
  onClose,
}: {
  interest: ExpressionOfInterest;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const applied = useInterestUpdate();
  const [form] = Form.useForm<DeclineValues>();
  const reason = Form.useWatch('reason', form);
  const submission = useFormSubmit({
    form,
    fieldPaths: ['reason', 'text'],
    submit: (values: DeclineValues) => exchangeApi.decline(interest.id, values.reason, values.text?.trim()),
    onSuccess: async (updated) => {
      message.success(t('exchange.interests.declined'));
      onClose();
      await applied(updated);
    },
  });
  return (
    <FormModal
      form={form}
      name={`decline-${interest.id}`}
      open={open}
      title={t('exchange.interests.declineTitle')}
      intro={t('exchange.interests.declineIntro')}
      okText={t('exchange.interests.decline')}
      danger
      submission={submission}
      onClose={onClose}
    >
      <Form.Item name="reason" label={t('exchange.interests.reason')} rules={[rules.required]}>
        <Select options={DECLINE_REASONS.map((value) => ({ value, label: declineReasonLabel(t, value) }))} />
      </Form.Item>
      <Form.Item
        name="text"
        label={t('exchange.interests.declineText')}
        extra={t('exchange.interests.declineTextHint')}
        rules={reason === 'other' ? [rules.requiredText, rules.maxChars(2000)] : [rules.maxChars(2000)]}
      >
        <Input.TextArea {...countUpTo(2000)} autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </FormModal>
  );
}

/** Either side records how the contact ended; it feeds the cooperation statistics. */
export function OutcomeControl({ interestId, outcome }: { interestId: string; outcome: Outcome | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const applied = useInterestUpdate();
  const [form] = Form.useForm<{ outcome: Outcome }>();
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['outcome'],
    submit: (values: { outcome: Outcome }) => exchangeApi.recordOutcome(interestId, values.outcome),
    onSuccess: async (updated) => {
      message.success(t('exchange.interests.outcomeRecorded'));
      await applied(updated);
    },
  });
  return (
    <div className="outcome-control">
      {problemAlert}
      <Form
        form={form}
        name={`outcome-${interestId}`}
        layout="inline"
        initialValues={{ outcome: outcome ?? undefined }}
        onFinish={submit}
        className="inline-form"
      >
        <Form.Item
          name="outcome"
          label={t('exchange.interests.outcome')}
          rules={[{ required: true, message: t('exchange.interests.chooseOutcome') }]}
        >
          <Select
            className="filter-select"
            placeholder={t('exchange.interests.chooseOutcome')}
            options={OUTCOMES.map((value) => ({ value, label: outcomeLabel(t, value) }))}
          />
        </Form.Item>
        <Button htmlType="submit" loading={isSubmitting}>
          {t('exchange.interests.recordOutcome')}
        </Button>
      </Form>
    </div>
  );
}

/** Accept or decline a pending interest; once accepted, the conversation and the outcome. */
export function InterestActions({ interest }: { interest: ExpressionOfInterest }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const side = useInterestSide(interest);
  const applied = useInterestUpdate();
  const [declining, setDeclining] = useState(false);
  const accept = useMutation({
    mutationFn: () => exchangeApi.accept(interest.id),
    onSuccess: async (updated) => {
      message.success(t('exchange.interests.acceptedMessage'));
      await applied(updated);
    },
    onError: (error) => message.error(isApiError(error) ? error.detail : t('problem.unexpected', { status: 0 })),
  });

  if (interest.state === 'pending' && side === 'received') {
    return (
      <Space wrap>
        <ConfirmButton
          confirm={t('exchange.interests.acceptConfirm')}
          okText={t('exchange.interests.accept')}
          onConfirm={() => accept.mutate()}
          loading={accept.isPending}
          primary
        >
          {t('exchange.interests.accept')}
        </ConfirmButton>
        <Button danger onClick={() => setDeclining(true)}>
          {t('exchange.interests.decline')}
        </Button>
        <DeclineModal interest={interest} open={declining} onClose={() => setDeclining(false)} />
      </Space>
    );
  }
  if (interest.state === 'accepted' && side) {
    return (
      <div className="interest-accepted">
        {interest.conversationId && (
          <Link
            to="/conversations/$conversationId"
            params={{ conversationId: interest.conversationId }}
            className="button-link"
          >
            {t('exchange.interests.openConversation')}
          </Link>
        )}
        <OutcomeControl interestId={interest.id} outcome={interest.outcome} />
      </div>
    );
  }
  return null;
}
