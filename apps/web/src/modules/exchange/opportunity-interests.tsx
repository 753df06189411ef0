import type { Me, Opportunity } from '@innobridge/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useSearch } from '@tanstack/react-router';
import { App, Button, Form, Input, Select } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { countUpTo, useFormRules } from '../../shared/form-rules.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { exchangeApi, exchangeKeys } from './exchange.api.js';
import { isOwnedBy } from './exchange-labels.js';
import { InterestCard } from './interest-card.js';
import { useOrganizationOptions } from './organization-scope.js';

/** For the owner: the interests received; for others: the ones their organisations sent. */
function useInterestsOn(opportunityId: string) {
  return useQuery({
    queryKey: exchangeKeys.opportunityInterests(opportunityId),
    queryFn: () => exchangeApi.interestsOn(opportunityId),
    select: (data) => data.items,
  });
}

function ReceivedInterests({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const interests = useInterestsOn(opportunity.id);
  if (opportunity.state === 'draft' && interests.data?.length === 0) return null;
  return (
    <Section title={t('exchange.interests.receivedTitle')}>
      <ProblemAlert error={interests.error} />
      {interests.data?.length === 0 && <p className="muted">{t('exchange.interests.receivedEmpty')}</p>}
      <div className="card-stack">
        {interests.data?.map((interest) => (
          <InterestCard key={interest.id} interest={interest} level={3} withDetailsLink />
        ))}
      </div>
    </Section>
  );
}

type InterestValues = { organizationId: string; message: string };

/** The form's place on the page: a link to the opportunity with this hash opens it ready to write. */
const EXPRESS_INTEREST_ANCHOR = 'express-interest';

function ExpressInterestForm({
  opportunity,
  organizations,
}: {
  opportunity: Opportunity;
  organizations: Me['memberships'];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<InterestValues>();
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['organizationId', 'message'],
    submit: (values: InterestValues) =>
      exchangeApi.expressInterest(opportunity.id, values.organizationId, values.message.trim()),
    onSuccess: async () => {
      message.success(t('exchange.express.sent'));
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.interests });
    },
  });
  const single = organizations.length === 1 ? organizations[0] : undefined;
  const options = useOrganizationOptions(organizations);
  const anchor = useRef<HTMLDivElement>(null);
  const { hash } = useLocation();
  // Coming from a recommendation for one of the reader's organisations' opportunities: that organisation.
  const { organizationId: proposed } = useSearch({ from: '/opportunities/$opportunityId' });
  const initialOrganization =
    single?.organizationId ?? organizations.find((m) => m.organizationId === proposed)?.organizationId;
  // Arriving from a recommendation's "express interest" (#express-interest): the form is in view, ready to write.
  useEffect(() => {
    if (hash !== EXPRESS_INTEREST_ANCHOR) return;
    anchor.current?.scrollIntoView({ block: 'start' });
    form.getFieldInstance('message')?.focus();
  }, [hash, form]);
  return (
    <div id={EXPRESS_INTEREST_ANCHOR} ref={anchor}>
      <p className="section-intro">{t('exchange.express.intro')}</p>
      {problemAlert}
      <Form
        form={form}
        name="express-interest"
        layout="vertical"
        initialValues={{ organizationId: initialOrganization }}
        onFinish={submit}
      >
        {single ? (
          <p>
            {t('exchange.express.onBehalfOf')} <LocalizedTextView text={single.organizationName} />
          </p>
        ) : (
          <Form.Item name="organizationId" label={t('exchange.express.organization')} rules={[rules.required]}>
            <Select options={options} />
          </Form.Item>
        )}
        {single && (
          <Form.Item name="organizationId" hidden>
            <Input />
          </Form.Item>
        )}
        <Form.Item
          name="message"
          label={t('exchange.express.message')}
          extra={t('exchange.express.messageHint')}
          rules={[rules.requiredText, rules.maxChars(5000)]}
        >
          <Input.TextArea {...countUpTo(5000)} autoSize={{ minRows: 4, maxRows: 12 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {t('exchange.express.send')}
        </Button>
      </Form>
    </div>
  );
}

function SentInterests({ opportunity, me }: { opportunity: Opportunity; me: Me }) {
  const { t } = useTranslation();
  const interests = useInterestsOn(opportunity.id);
  const sentBy = new Set((interests.data ?? []).map((interest) => interest.from.id));
  const remaining = me.memberships.filter((membership) => !sentBy.has(membership.organizationId));
  if (opportunity.state !== 'published' && !interests.data?.length) return null;
  return (
    <Section title={t('exchange.express.title')}>
      <ProblemAlert error={interests.error} />
      <div className="card-stack">
        {interests.data?.map((interest) => (
          <InterestCard key={interest.id} interest={interest} level={3} withDetailsLink />
        ))}
      </div>
      {interests.isSuccess && opportunity.state === 'published' && remaining.length > 0 && (
        <ExpressInterestForm opportunity={opportunity} organizations={remaining} />
      )}
    </Section>
  );
}

/** Expressions of interest on the opportunity's page, as the reader may see and send them. */
export function OpportunityInterests({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const location = useLocation();
  if (isOwnedBy(me, opportunity)) return <ReceivedInterests opportunity={opportunity} />;
  if (me && me.memberships.length > 0) return <SentInterests opportunity={opportunity} me={me} />;
  if (opportunity.state !== 'published') return null;
  return (
    <Section title={t('exchange.express.title')}>
      <p>
        {me ? (
          <>
            {t('exchange.express.needOrganization')}{' '}
            <Link to="/organizations/new">{t('exchange.express.registerOrganization')}</Link>
          </>
        ) : (
          <Link to="/sign-in" search={{ redirect: location.href }}>
            {t('exchange.express.signIn')}
          </Link>
        )}
      </p>
    </Section>
  );
}
