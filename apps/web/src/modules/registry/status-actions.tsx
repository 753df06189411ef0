import type { OrganizationStatus } from '@innobridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipOf, useMe } from '../../app/auth.js';
import { isApiError } from '../../shared/api-client.js';
import { Section } from '../../shared/page.js';
import { ReasonModal } from '../../shared/reason-modal.js';
import { statusLabel } from '../organizations/index.js';
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
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: registryKeys.organization(organizationId) }),
      queryClient.invalidateQueries({ queryKey: ['organizations', organizationId], exact: true }),
    ]);
  return (
    <ReasonModal
      name="status-action"
      open={action !== null}
      onClose={onClose}
      title={action ? t(`statusActions.${action}.title`) : undefined}
      intro={action ? t(`statusActions.${action}.intro`) : undefined}
      okText={action ? t(`statusActions.${action}.confirm`) : ''}
      danger={action !== 'reinstate'}
      field={{ name: 'reason', label: t('statusActions.reason'), extra: t('statusActions.reasonHint') }}
      send={(text) => registryApi.changeStatus(organizationId, action ?? 'suspend', text)}
      onSent={async (result) => {
        message.success(t('statusActions.done', { status: statusLabel(t, result.status) }));
        await refresh();
      }}
      onFailed={async (error) => {
        // The status changed meanwhile: show it as it is now.
        if (isApiError(error) && error.status === 409) await refresh();
        return false;
      }}
    />
  );
}

/** The operator's direct decisions on an organisation's status, each with a reason kept in its history. */
export function StatusActions({ organizationId, status }: { organizationId: string; status: OrganizationStatus }) {
  const { t } = useTranslation();
  const [action, setAction] = useState<StatusAction | null>(null);
  const { me } = useMe();
  const available = ACTIONS.filter((candidate) => ACTION_FROM[candidate].includes(status));
  // Nobody decides on their own organisation: the actions stay visible, disabled, with the reason.
  const own = !!membershipOf(me, organizationId);
  return (
    <Section title={t('statusActions.title')}>
      <p className="section-intro">
        {available.length > 0 ? t('statusActions.intro') : t('statusActions.none', { status: statusLabel(t, status) })}
      </p>
      {own && available.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="inline-action"
          id="status-own-organization"
          title={t('operatorActions.ownOrganization')}
        />
      )}
      <Space wrap>
        {available.map((candidate) => (
          <Button
            key={candidate}
            danger={candidate !== 'reinstate'}
            onClick={() => setAction(candidate)}
            disabled={own}
            aria-describedby={own ? 'status-own-organization' : undefined}
          >
            {t(`statusActions.${candidate}.button`)}
          </Button>
        ))}
      </Space>
      <StatusActionModal organizationId={organizationId} action={action} onClose={() => setAction(null)} />
    </Section>
  );
}
