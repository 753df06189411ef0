import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shared/document-title.js';
import { useMe } from './auth.js';
import { useLocale } from './use-interface-locale.js';

const FEATURES = ['registry', 'exchange', 'matchmaking', 'events', 'services', 'data'] as const;

function Hero() {
  const { t } = useTranslation();
  const { me } = useMe();
  return (
    <section className="hero" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="hero-lead">{t('home.lead')}</p>
      <div className="action-links">
        {me ? (
          <>
            <Link to="/organizations/new" className="button-link">
              {t('home.registerOrganization')}
            </Link>
            <Link to="/my-organizations" className="button-link button-link-secondary">
              {t('nav.myOrganizations')}
            </Link>
          </>
        ) : (
          <>
            <Link to="/sign-up" className="button-link">
              {t('home.join')}
            </Link>
            <Link to="/sign-in" className="button-link button-link-secondary">
              {t('nav.signIn')}
            </Link>
          </>
        )}
      </div>
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const locale = useLocale();
  useDocumentTitle(t('home.documentTitle'));
  return (
    <div className="page page-wide">
      <Hero />
      <section aria-labelledby="home-features" className="features">
        <h2 id="home-features">{t('home.featuresTitle')}</h2>
        <div className="feature-grid">
          {FEATURES.map((feature) => (
            <div key={feature} className="feature-card">
              <h3>{t(`home.feature.${feature}.title`)}</h3>
              <p>{t(`home.feature.${feature}.text`)}</p>
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="home-open" className="home-open">
        <h2 id="home-open">{t('home.openTitle')}</h2>
        <p>{t('home.openText')}</p>
        <p>
          <a href={`/api/docs/${locale}/`}>{t('home.apiDocs')}</a>
        </p>
      </section>
    </div>
  );
}
