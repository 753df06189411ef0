import { placeName } from '@innobridge/contracts/organizations';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Alert, Button, Checkbox, Space, Tag } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../app/auth.js';
import { useLocale } from '../../app/use-interface-locale.js';
import { LocalizedTextView, MultilingualParagraph } from '../../shared/localized-text.js';
import { Page, Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { QueryPage } from '../../shared/query-page.js';
import { EventTimes } from './event-times.js';
import { calendarUrl, type EventView, eventsApi, eventsKeys } from './events.api.js';
import './events.css';

/** An event: its times on its own clock and the reader's, the agenda, registration and the badge. */
export function EventPage() {
  const { eventId } = useParams({ from: '/events/$eventId' });
  const { t } = useTranslation();
  const query = useQuery({ queryKey: eventsKeys.one(eventId), queryFn: () => eventsApi.get(eventId) });
  return (
    <QueryPage query={query} errorTitle={t('events.title')}>
      {(event) => <EventDetails event={event} />}
    </QueryPage>
  );
}

function EventDetails({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const online = event.format !== 'in_person';
  const title = <LocalizedTextView text={event.title} />;
  return (
    <Page
      title={title}
      documentTitle={event.title[locale] ?? Object.values(event.title)[0]}
      actions={
        <Space wrap>
          <a href={calendarUrl(event.id)} download>
            {t('events.addToCalendar')}
          </a>
          {event.manageable && (
            <Link to="/events/$eventId/manage" params={{ eventId: event.id }} className="button-link">
              {t('events.manage')}
            </Link>
          )}
        </Space>
      }
    >
      <p>
        <Tag>{t(`events.kind.${event.kind}`)}</Tag>
        <Tag>{t(`events.format.${event.format}`)}</Tag>
        {event.state !== 'published' && <Tag color="red">{t(`events.state.${event.state}`)}</Tag>}
      </p>
      {event.state === 'cancelled' && <Alert type="warning" showIcon message={t('events.cancelledNotice')} />}
      <dl className="event-facts">
        <dt>{t('events.when.label')}</dt>
        <dd>
          <EventTimes from={event.startsAt} to={event.endsAt} zone={event.timeZone} online={online} />
        </dd>
        {event.format !== 'online' && (
          <>
            <dt>{t('events.venue')}</dt>
            <dd>
              <LocalizedTextView text={event.venue} />
              {event.place !== 'other' && ` · ${placeName(event.place, '', locale)}`}
            </dd>
          </>
        )}
        {online && event.onlineUrl && (
          <>
            <dt>{t('events.online')}</dt>
            <dd>
              <a href={event.onlineUrl} rel="noopener noreferrer" target="_blank">
                {event.onlineUrl}
              </a>
            </dd>
          </>
        )}
        <dt>{t('events.seats')}</dt>
        <dd>
          {event.capacity === null
            ? t('events.seatsUnlimited', { registered: event.registered })
            : t('events.seatsOf', { registered: event.registered, capacity: event.capacity })}
        </dd>
      </dl>
      <MultilingualParagraph text={event.summary} />
      {Object.keys(event.description).length > 0 && <MultilingualParagraph text={event.description} />}
      {event.meetings && (
        <p>
          <a href={`/events/${event.id}/meetings`}>{t('events.meetingsLink')}</a>
        </p>
      )}
      <Registration event={event} />
      {event.sessions.length > 0 && (
        <Section title={t('events.agenda')}>
          <ul className="event-agenda">
            {event.sessions.map((s) => (
              <li key={s.id}>
                <strong>
                  <LocalizedTextView text={s.title} />
                </strong>
                <div>
                  <EventTimes from={s.startsAt} to={s.endsAt} zone={event.timeZone} online={online} />
                </div>
                {s.speakers.length > 0 && (
                  <div className="muted">
                    {s.speakers.map((p, i) => (
                      <span key={JSON.stringify(p)}>
                        {i > 0 && '; '}
                        <LocalizedTextView text={p.name} />
                        {Object.keys(p.affiliation).length > 0 && (
                          <>
                            {' — '}
                            <LocalizedTextView text={p.affiliation} />
                          </>
                        )}
                      </span>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Attendees eventId={event.id} />
    </Page>
  );
}

function Registration({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const queryClient = useQueryClient();
  const [listed, setListed] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: eventsKeys.one(event.id) });
  const register = useMutation({ mutationFn: () => eventsApi.register(event.id, listed), onSuccess: refresh });
  const cancel = useMutation({ mutationFn: () => eventsApi.unregister(event.id), onSuccess: refresh });
  const mine = event.myRegistration && event.myRegistration.state !== 'cancelled' ? event.myRegistration : null;
  return (
    <Section title={t('events.registration')}>
      {!me ? (
        <p>
          <Link to="/sign-in" search={{ redirect: `/events/${event.id}` }}>
            {t('events.signInToRegister')}
          </Link>
        </p>
      ) : mine ? (
        <>
          <Alert
            type={mine.state === 'registered' ? 'success' : 'info'}
            showIcon
            message={
              mine.state === 'registered'
                ? t('events.youAreRegistered')
                : t('events.youAreWaitlisted', { position: mine.waitlistPosition ?? 0 })
            }
          />
          <Space style={{ marginTop: 12 }}>
            <Button onClick={() => cancel.mutate()} loading={cancel.isPending}>
              {t('events.cancelRegistration')}
            </Button>
          </Space>
          {mine.state === 'registered' && <BadgeCard eventId={event.id} />}
        </>
      ) : event.registrationOpen ? (
        <Space direction="vertical">
          <Checkbox checked={listed} onChange={(e) => setListed(e.target.checked)}>
            {t('events.consentListed')}
          </Checkbox>
          <Button type="primary" onClick={() => register.mutate()} loading={register.isPending}>
            {event.capacity !== null && event.registered >= event.capacity
              ? t('events.joinWaitlist')
              : t('events.register')}
          </Button>
        </Space>
      ) : (
        <p>{t('events.registrationClosed')}</p>
      )}
      {(register.error || cancel.error) && <ProblemAlert error={register.error ?? cancel.error} />}
    </Section>
  );
}

/** The person's badge: their name and a QR code of the signed code, drawn in the browser. */
function BadgeCard({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const badge = useQuery({ queryKey: eventsKeys.badge(eventId), queryFn: () => eventsApi.badge(eventId) });
  const [image, setImage] = useState<string | null>(null);
  const code = badge.data?.code;
  useEffect(() => {
    if (!code) return;
    let live = true;
    QRCode.toDataURL(code, { margin: 1, width: 440, errorCorrectionLevel: 'M' }).then((url) => live && setImage(url));
    return () => {
      live = false;
    };
  }, [code]);
  if (!badge.data) return null;
  return (
    <section className="event-badge section">
      <h3>{t('events.badge')}</h3>
      <p>
        <strong>{badge.data.displayName}</strong>
        {badge.data.organizationName && (
          <>
            <br />
            <LocalizedTextView text={badge.data.organizationName} />
          </>
        )}
      </p>
      {image && <img src={image} alt={t('events.badgeQr')} />}
      <p>
        <code data-testid="badge-code">{badge.data.code}</code>
      </p>
    </section>
  );
}

function Attendees({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const list = useQuery({ queryKey: eventsKeys.attendees(eventId), queryFn: () => eventsApi.attendees(eventId) });
  if (!list.data || list.data.items.length === 0) return null;
  return (
    <Section title={t('events.attendees')}>
      <ul>
        {list.data.items.map((a) => (
          <li key={`${a.displayName}-${JSON.stringify(a.organizationName)}`}>
            {a.displayName}
            {a.organizationName && (
              <>
                {' — '}
                <LocalizedTextView text={a.organizationName} />
              </>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
