import { EVENT_FORMATS, EVENT_KINDS, type EventFormat, type EventKind } from '@innobridge/contracts/events';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { Card, Empty, Input, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStaff, useMe } from '../../app/auth.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page } from '../../shared/page.js';
import { QueryPage } from '../../shared/query-page.js';
import { EventTimes } from './event-times.js';
import { type EventListQueryIn, eventsApi, eventsKeys } from './events.api.js';
import './events.css';

/** The calendar of events: upcoming or past, by kind, format and month. */
export function EventsListPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const [when, setWhen] = useState<'upcoming' | 'past' | 'mine'>('upcoming');
  const [kind, setKind] = useState<EventKind | undefined>();
  const [format, setFormat] = useState<EventFormat | undefined>();
  const [month, setMonth] = useState('');
  const query: EventListQueryIn = { when, kind, format, month: /^\d{4}-\d{2}$/.test(month) ? month : undefined };
  const list = useQuery({ queryKey: eventsKeys.list(query), queryFn: () => eventsApi.list(query) });
  const whenOptions = [
    { value: 'upcoming', label: t('events.when.upcoming') },
    { value: 'past', label: t('events.when.past') },
    ...(me ? [{ value: 'mine', label: t('events.when.mine') }] : []),
  ];
  return (
    <Page
      title={t('events.title')}
      actions={
        me && isStaff(me) ? (
          <Link to="/events/new" className="button-link">
            {t('events.create')}
          </Link>
        ) : null
      }
    >
      <div className="event-filters">
        <Segmented
          aria-label={t('events.when.label')}
          value={when}
          options={whenOptions}
          onChange={(value) => setWhen(value as typeof when)}
        />
        <Select
          aria-label={t('events.filter.kind')}
          placeholder={t('events.filter.kind')}
          allowClear
          value={kind}
          onChange={setKind}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
        />
        <Select
          aria-label={t('events.filter.format')}
          placeholder={t('events.filter.format')}
          allowClear
          value={format}
          onChange={setFormat}
          options={EVENT_FORMATS.map((f) => ({ value: f, label: t(`events.format.${f}`) }))}
        />
        <Input
          type="month"
          aria-label={t('events.filter.month')}
          value={month}
          onChange={(e) => setMonth(e.target.value)}
          style={{ width: 180 }}
        />
      </div>
      <QueryPage query={list} errorTitle={t('events.title')}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty description={t('events.empty')} />
          ) : (
            <ul className="event-list">
              {data.items.map((event) => (
                <li key={event.id}>
                  <Card>
                    <h2 style={{ marginTop: 0, fontSize: '1.2em' }}>
                      <Link to="/events/$eventId" params={{ eventId: event.id }}>
                        <LocalizedTextView text={event.title} />
                      </Link>
                    </h2>
                    <p className="muted">
                      {t(`events.kind.${event.kind}`)} · {t(`events.format.${event.format}`)}
                      {event.state !== 'published' && ` · ${t(`events.state.${event.state}`)}`}
                    </p>
                    <EventTimes
                      from={event.startsAt}
                      to={event.endsAt}
                      zone={event.timeZone}
                      online={event.format !== 'in_person'}
                    />
                    <p>
                      <LocalizedTextView text={event.summary} />
                    </p>
                  </Card>
                </li>
              ))}
            </ul>
          )
        }
      </QueryPage>
    </Page>
  );
}
