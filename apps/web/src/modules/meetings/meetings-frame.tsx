import { pickLocalized } from '@innobridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Alert } from 'antd';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS } from '../../app/i18n.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { useFormat } from '../../shared/format.js';
import { timeFormat } from '../../shared/format-time.js';
import { Page } from '../../shared/page.js';
import { QueryPage } from '../../shared/query-page.js';
import { type MeetingsEventView, meetingsApi, meetingsKeys } from './meetings.api.js';
import './meetings.css';

/** The pages of one event's meetings: its title, the tabs, and whether the reader takes part. */
export function MeetingsFrame({
  eventId,
  title,
  children,
  needs = 'participant',
}: {
  eventId: string;
  title: (event: string) => string;
  children: (event: MeetingsEventView) => ReactNode;
  needs?: 'participant' | 'organiser' | 'either';
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const query = useQuery({ queryKey: meetingsKeys.event(eventId), queryFn: () => meetingsApi.event(eventId) });
  return (
    <QueryPage query={query} errorTitle={t('meetings.nav.participants')}>
      {(event) => {
        const name = pickLocalized(event.title, locale)?.text ?? '';
        const allowed =
          needs === 'organiser'
            ? event.organiser
            : needs === 'either'
              ? event.organiser || !!event.registrationId
              : !!event.registrationId;
        return (
          <Page title={title(name)} width="wide">
            <nav className="meetings-tabs" aria-label={t('meetings.title', { event: name })}>
              <Link to="/events/$eventId/meetings" params={{ eventId }} activeOptions={{ exact: true }}>
                {t('meetings.nav.participants')}
              </Link>
              {event.registrationId && (
                <>
                  <Link to="/events/$eventId/meetings/profile" params={{ eventId }}>
                    {t('meetings.nav.profile')}
                  </Link>
                  <Link to="/events/$eventId/meetings/requests" params={{ eventId }}>
                    {t('meetings.nav.requests')}
                  </Link>
                  <Link to="/events/$eventId/meetings/agenda" params={{ eventId }}>
                    {t('meetings.nav.agenda')}
                  </Link>
                </>
              )}
              {event.organiser && (
                <Link to="/events/$eventId/meetings/manage" params={{ eventId }}>
                  {t('meetings.nav.manage')}
                </Link>
              )}
            </nav>
            {allowed ? children(event) : <Alert type="info" showIcon message={t('meetings.notRegistered')} />}
          </Page>
        );
      }}
    </QueryPage>
  );
}

/** A slot's start in the event's zone and, when the reader's clock differs, in the reader's too. */
export function useEventTime(eventZone: string) {
  const { t } = useTranslation();
  const locale = useLocale();
  const format = useFormat();
  return useMemo(() => {
    const inEvent = timeFormat(LANGUAGE_TAGS[locale], eventZone, (key, params) => t(key, params));
    return (iso: string) => {
      const event = inEvent.instant(iso);
      const own = format.instant(iso);
      return { event, own, same: event === own || format.readerZone === eventZone };
    };
  }, [eventZone, locale, format, t]);
}

export function SlotTime({ at, zone }: { at: string; zone: string }) {
  const { t } = useTranslation();
  const time = useEventTime(zone)(at);
  return (
    <span className="meeting-time">
      <time dateTime={at}>{t('meetings.times.event', { time: time.event })}</time>
      {!time.same && (
        <>
          <br />
          <time dateTime={at}>{t('meetings.times.own', { time: time.own })}</time>
        </>
      )}
    </span>
  );
}
