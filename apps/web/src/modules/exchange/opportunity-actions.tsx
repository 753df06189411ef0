import type { Opportunity } from '@innobridge/contracts';
import { Link } from '@tanstack/react-router';
import { Alert, App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipOf, useMe } from '../../app/auth.js';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { useFormat } from '../../shared/format.js';
import { Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { ReasonModal } from '../../shared/reason-modal.js';
import { TranslateAction } from '../../shared/translate-action.js';
import { exchangeApi } from './exchange.api.js';
import { useOpportunityTransition, useOpportunityUpdate } from './use-opportunity-update.js';

function OwnerHint({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, closeReason } = opportunity;
  const text =
    state === 'published'
      ? t('exchange.owner.hint.published', { date: format.date(opportunity.expiresAt) })
      : state === 'closed'
        ? t(`exchange.owner.closed.${closeReason ?? 'withdrawn'}`)
        : t(`exchange.owner.hint.${state}`);
  return <p className="section-intro">{text}</p>;
}

/** What the publishing organisation's members can do with the opportunity, by its state. */
export function OwnerActions({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const format = useFormat();
  const { id, state } = opportunity;
  const submit = useOpportunityTransition(
    opportunity,
    () => exchangeApi.act(id, 'submit'),
    () => t('exchange.owner.submitted'),
  );
  const withdraw = useOpportunityTransition(
    opportunity,
    () => exchangeApi.act(id, 'withdraw'),
    () => t('exchange.owner.withdrawn'),
  );
  const closeSuccess = useOpportunityTransition(
    opportunity,
    () => exchangeApi.act(id, 'close-success'),
    () => t('exchange.owner.closedSuccess'),
  );
  const renew = useOpportunityTransition(
    opportunity,
    () => exchangeApi.act(id, 'renew'),
    (updated) => t('exchange.owner.renewed', { date: format.date(updated.expiresAt) }),
  );
  const problem = submit.problem ?? withdraw.problem ?? closeSuccess.problem ?? renew.problem;

  const confirmWithdraw = () =>
    modal.confirm({
      title: t('exchange.owner.withdrawConfirmTitle'),
      content: t('exchange.owner.withdrawConfirm'),
      okText: t('exchange.owner.withdraw'),
      okButtonProps: { danger: true },
      cancelText: t('action.cancel'),
      onOk: () => withdraw.mutate(),
    });

  return (
    <Section title={t('exchange.owner.title')}>
      <OwnerHint opportunity={opportunity} />
      {state === 'draft' && opportunity.moderationComment && (
        <Alert
          type="warning"
          showIcon
          className="inline-action"
          title={t('exchange.owner.returned')}
          description={
            <>
              <p className="multiline">{opportunity.moderationComment}</p>
              <TranslateAction source={{ kind: 'moderation_comment', opportunityId: opportunity.id }} />
            </>
          }
        />
      )}
      <ProblemAlert error={problem} />
      <Space wrap>
        {state === 'draft' && (
          <>
            <Link to="/opportunities/$opportunityId/edit" params={{ opportunityId: id }} className="button-link">
              {t('exchange.owner.edit')}
            </Link>
            <ConfirmButton
              confirm={t('exchange.owner.submitConfirm')}
              okText={t('exchange.owner.submit')}
              onConfirm={() => submit.mutate()}
              loading={submit.isPending}
            >
              {t('exchange.owner.submit')}
            </ConfirmButton>
          </>
        )}
        {state === 'published' && (
          <>
            <ConfirmButton
              confirm={t('exchange.owner.renewConfirm')}
              okText={t('exchange.owner.renew')}
              onConfirm={() => renew.mutate()}
              loading={renew.isPending}
            >
              {t('exchange.owner.renew')}
            </ConfirmButton>
            <ConfirmButton
              confirm={t('exchange.owner.closeSuccessConfirm')}
              okText={t('exchange.owner.closeSuccess')}
              onConfirm={() => closeSuccess.mutate()}
              loading={closeSuccess.isPending}
            >
              {t('exchange.owner.closeSuccess')}
            </ConfirmButton>
          </>
        )}
        {state !== 'closed' && (
          <Button danger onClick={confirmWithdraw} loading={withdraw.isPending}>
            {t('exchange.owner.withdraw')}
          </Button>
        )}
      </Space>
    </Section>
  );
}

function ReturnModal({ opportunity, open, onClose }: { opportunity: Opportunity; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { applied, handleConflict } = useOpportunityUpdate(opportunity);
  return (
    <ReasonModal
      name="return-opportunity"
      open={open}
      onClose={onClose}
      title={t('exchange.moderation.returnTitle')}
      intro={t('exchange.moderation.returnIntro')}
      okText={t('exchange.moderation.return')}
      field={{ name: 'reason', label: t('exchange.moderation.comment') }}
      send={(text) => exchangeApi.returnToAuthor(opportunity.id, text)}
      onSent={async (updated) => {
        message.success(t('exchange.moderation.returned'));
        await applied(updated);
      }}
      onFailed={handleConflict}
    />
  );
}

/** An operator's decision on a submitted opportunity: publish it, or send it back with a comment. */
export function ModerationActions({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const [returning, setReturning] = useState(false);
  const publish = useOpportunityTransition(
    opportunity,
    () => exchangeApi.publish(opportunity.id),
    () => t('exchange.moderation.published'),
  );
  if (opportunity.state !== 'submitted') return null;
  // Nobody moderates their own organisation's opportunity (the API refuses it too).
  if (membershipOf(me, opportunity.organizationId)) {
    return (
      <Section title={t('exchange.moderation.sectionTitle')}>
        <Alert type="info" showIcon title={t('exchange.moderation.ownOrganization')} />
      </Section>
    );
  }
  return (
    <Section title={t('exchange.moderation.sectionTitle')}>
      <p className="section-intro">{t('exchange.moderation.hint')}</p>
      <ProblemAlert error={publish.problem} />
      <Space wrap>
        <ConfirmButton
          confirm={t('exchange.moderation.publishConfirm')}
          okText={t('exchange.moderation.publish')}
          onConfirm={() => publish.mutate()}
          loading={publish.isPending}
          primary
        >
          {t('exchange.moderation.publish')}
        </ConfirmButton>
        <Button onClick={() => setReturning(true)}>{t('exchange.moderation.return')}</Button>
      </Space>
      <ReturnModal opportunity={opportunity} open={returning} onClose={() => setReturning(false)} />
    </Section>
  );
}
