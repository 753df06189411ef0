import { Link, Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../shared/document-title.js';
import { useMe } from './auth.js';
import { useLocale } from './use-interface-locale.js';

/**
 * What the platform offers, each card linking to its page once the page exists; until then the card
 * says the part is coming, and links nowhere.
 */
const FEATURES = [
  { feature: 'registry', to: '/registry' },
  { feature: 'exchange', to: '/exchange' },
  { feature: 'matchmaking', to: null },
  { feature: 'events', to: '/events' },
  { feature: 'services', to: '/services' },
  { feature: 'data', to: null },
] as const;

function FeatureCard({ feature, to }: (typeof FEATURES)[number]) {
  const { t } = useTranslation();
  const title = t(`home.feature.${feature}.title`);
  return (
    <div className="feature-card" data-feature={feature}>
      <h3>
        {to ? (
          <Link to={to}>{title}</Link>
        ) : (
          <>
            {title} {/* A plain mark, not Ant Design's Tag: the first page stays under its weight budget. */}
            <span className="coming-tag" title={t('home.comingHint')}>
              {t('home.coming')}
            </span>
          </>
        )}
      </h3>
      <p>{t(`home.feature.${feature}.text`)}</p>
    </div>
  );
}

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
  const { me } = useMe();
  useDocumentTitle(t('home.documentTitle'));
  // A signed-in person's home is their dashboard.
  if (me) return <Navigate to="/dashboard" replace />;
  return (
    <div className="page page-wide">
      <Hero />
      <section aria-labelledby="home-features" className="features">
        <h2 id="home-features">{t('home.featuresTitle')}</h2>
        <div className="feature-grid">
          {FEATURES.map((card) => (
            <FeatureCard key={card.feature} {...card} />
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
