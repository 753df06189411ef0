import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate, useSearch } from '@tanstack/react-router';
import { App, Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { meQuery, useMe } from '../../app/auth.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { organizationsApi } from './organizations.api.js';
import './organizations.css';

export function AcceptInvitationPage() {
  const { t } = useTranslation(['app', 'errors']);
  const { message } = App.useApp();
  const { token } = useSearch({ from: '/invitations/accept' });
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { me, isPending } = useMe();
  const accept = useMutation({
    mutationFn: () => organizationsApi.acceptInvitation(token),
    onSuccess: async ({ organizationId, role }) => {
      await queryClient.invalidateQueries({ queryKey: meQuery.queryKey, exact: true });
      message.success(t('acceptInvitation.accepted', { role: t(`memberRole.${role}`) }));
      await navigate({ to: '/organizations/$organizationId', params: { organizationId } });
    },
  });

  if (isPending) return <Spin className="page-spinner" />;

  if (!token) {
    return (
      <Page title={t('acceptInvitation.title')} width="narrow">
        <Result status="warning" subTitle={t('errors:token_invalid')} />
      </Page>
    );
  }

  if (!me) {
    return (
      <Page title={t('acceptInvitation.title')} width="narrow">
        <Result
          status="info"
          subTitle={t('acceptInvitation.signInFirst')}
          extra={
            <div className="action-links action-links-centered">
              <Link to="/sign-in" search={{ redirect: location.href }} className="button-link">
                {t('nav.signIn')}
              </Link>
              <Link to="/sign-up">{t('acceptInvitation.noAccount')}</Link>
            </div>
          }
        />
      </Page>
    );
  }

  return (
    <Page title={t('acceptInvitation.title')} width="narrow">
      <p>{t('acceptInvitation.intro', { email: me.email })}</p>
      <ProblemAlert error={accept.error} />
      <Button type="primary" size="large" onClick={() => accept.mutate()} loading={accept.isPending}>
        {t('acceptInvitation.accept')}
      </Button>
    </Page>
  );
}
