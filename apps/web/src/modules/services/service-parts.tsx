import type { Locale } from '@innobridge/contracts';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import type { ProviderView, ServiceView } from './services.api.js';

/** A provider's name: an operator's from the texts, an organisation's as it wrote it. */
export function ProviderName({ provider }: { provider: ProviderView }) {
  const { t } = useTranslation('services');
  if (provider.kind === 'operator') return <>{t(`labels.operator.${provider.jurisdiction as 'RU' | 'CN'}`)}</>;
  return <LocalizedTextView text={provider.name ?? {}} />;
}

/** The cost: free, on quote, or the amount in its currency. */
export function CostText({ cost }: { cost: ServiceView['cost'] }) {
  const { t } = useTranslation('services');
  const format = useFormat();
  if (cost.kind !== 'fixed') return <>{t(`labels.costKind.${cost.kind}`)}</>;
  return <>{t('labels.fixedCost', { amount: format.number(cost.amount), currency: cost.currency })}</>;
}

/** The facts a card and the page show: category, provider, country, cost, deadline, languages. */
export function ServiceFacts({ service }: { service: ServiceView }) {
  const { t } = useTranslation('services');
  const format = useFormat();
  return (
    <dl className="service-facts">
      <dt>{t('services.category')}</dt>
      <dd>
        <Tag>{t(`labels.category.${service.category}`)}</Tag>
      </dd>
      <dt>{t('services.provider')}</dt>
      <dd>
        <ProviderName provider={service.provider} />
      </dd>
      <dt>{t('services.jurisdiction')}</dt>
      <dd>{t(`labels.jurisdiction.${service.jurisdiction}`)}</dd>
      <dt>{t('services.cost')}</dt>
      <dd>
        <CostText cost={service.cost} />
      </dd>
      <dt>{t('services.languagesOf')}</dt>
      <dd>{format.list(service.languages.map((l: Locale) => t(`labels.language.${l}`)))}</dd>
      <dd className="service-deadline">{t('services.deadline', { days: service.deadlineDays })}</dd>
      {service.rating && (
        <dd>{t('services.rating', { average: service.rating.average, count: service.rating.count })}</dd>
      )}
    </dl>
  );
}
