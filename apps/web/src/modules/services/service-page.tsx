import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { ServiceFacts } from './service-parts.js';
import { servicesApi, servicesKeys } from './services.api.js';
import './services.css';

/** One service: its description, its facts and who may apply. */
export function ServicePage() {
  const { t } = useTranslation('services');
  const { serviceId } = useParams({ from: '/services/$serviceId' });
  const service = useQuery({ queryKey: servicesKeys.one(serviceId), queryFn: () => servicesApi.one(serviceId) });
  const data = service.data;
  return (
    <Page
      title={data ? <LocalizedTextView text={data.title} /> : t('services.title')}
      documentTitle={t('services.title')}
      width="wide"
    >
      <p>
        <Link to="/services">{t('services.back')}</Link>
      </p>
      <ProblemAlert error={service.error} />
      {data && (
        <div className="service-page">
          <Card>
            <p className="service-description">
              <LocalizedTextView text={data.description} />
            </p>
            <ServiceFacts service={data} />
          </Card>
        </div>
      )}
    </Page>
  );
}
