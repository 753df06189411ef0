import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Alert, Button, Card, Input, Space, Statistic } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, isApiError } from '../../shared/api-client.js';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { Instant } from '../../shared/instant.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { Page, Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { QueryPage } from '../../shared/query-page.js';
import { EventTimes } from './event-times.js';
import { attendeesCsvPath, type EventView, eventsApi, eventsKeys } from './events.api.js';
import './events.css';

/** The organiser's page: publish or cancel, edit, the attendee list, check-in and the figures. */
export function EventManagePage() {
  const { eventId } = useParams({ from: '/_signedIn/events/$eventId/manage' });
  const { t } = useTranslation();
  const query = useQuery({ queryKey: eventsKeys.one(eventId), queryFn: () => eventsApi.get(eventId) });
  return (
    <QueryPage query={query} errorTitle={t('events.manage')}>
      {(event) => <Manage event={event} />}
    </QueryPage>
  );
}

function Manage({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: eventsKeys.all });
  const publish = useMutation({ mutationFn: () => eventsApi.publish(event.id), onSuccess: refresh });
  const cancel = useMutation({ mutationFn: () => eventsApi.cancel(event.id), onSuccess: refresh });
  const exportCsv = useMutation({ mutationFn: () => downloadFile(attendeesCsvPath(event.id), 'attendees.csv') });
  return (
    <Page
      title={
        <>
          {t('events.manage')}: <LocalizedTextView text={event.title} />
        </>
      }
      documentTitle={t('events.manage')}
      actions={
        <Link to="/events/$eventId" params={{ eventId: event.id }}>
          {t('events.openPage')}
        </Link>
      }
    >
      <p>
        <strong>{t(`events.state.${event.state}`)}</strong> ·{' '}
        <EventTimes
          from={event.startsAt}
          to={event.endsAt}
          zone={event.timeZone}
          online={event.format !== 'in_person'}
        />
      </p>
      <Space wrap>
        {event.state !== 'cancelled' && (
          <Link to="/events/$eventId/manage/edit" params={{ eventId: event.id }} className="button-link">
            {t('events.edit')}
          </Link>
        )}
        {event.state === 'draft' && (
          <Button type="primary" onClick={() => publish.mutate()} loading={publish.isPending}>
            {t('events.publish')}
          </Button>
        )}
        {event.state !== 'cancelled' && (
          <ConfirmButton
            confirm={t('events.cancelConfirm')}
            okText={t('events.cancelEvent')}
            onConfirm={() => cancel.mutate()}
            loading={cancel.isPending}
            danger
          >
            {t('events.cancelEvent')}
          </ConfirmButton>
        )}
        <Button onClick={() => exportCsv.mutate()} loading={exportCsv.isPending}>
          {t('events.exportAttendees')}
        </Button>
      </Space>
      {(publish.error || cancel.error || exportCsv.error) && (
        <ProblemAlert error={publish.error ?? cancel.error ?? exportCsv.error} />
      )}
      {event.state === 'published' && <CheckInDesk eventId={event.id} />}
      <Figures eventId={event.id} />
    </Page>
  );
}

/** Staff scan a badge (a hand scanner types the code and Enter) or type the code. */
function CheckInDesk({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [code, setCode] = useState('');
  const checkIn = useMutation({
    mutationFn: (value: string) => eventsApi.checkIn(eventId, value),
    onSuccess: () => {
      setCode('');
      queryClient.invalidateQueries({ queryKey: eventsKeys.figures(eventId) });
    },
  });
  const error = checkIn.error;
  const earlier =
    isApiError(error, 'event_already_checked_in') && typeof error.problem.checkedInAt === 'string'
      ? (error.problem.checkedInAt as string)
      : null;
  return (
    <Section title={t('events.checkIn.title')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (code.trim()) checkIn.mutate(code.trim());
        }}
      >
        <Space.Compact style={{ maxWidth: 560, width: '100%' }}>
          <Input
            aria-label={t('events.checkIn.code')}
            placeholder={t('events.checkIn.code')}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            autoFocus
            autoComplete="off"
          />
          <Button type="primary" htmlType="submit" loading={checkIn.isPending}>
            {t('events.checkIn.submit')}
          </Button>
        </Space.Compact>
      </form>
      <div aria-live="polite" style={{ marginTop: 12 }}>
        {checkIn.data && !checkIn.isPending && (
          <Alert
            type="success"
            showIcon
            message={t('events.checkIn.done', { name: checkIn.data.displayName })}
            description={<Instant at={checkIn.data.checkedInAt} />}
          />
        )}
        {error && !checkIn.isPending && (
          <>
            <ProblemAlert error={error} />
            {earlier && (
              <p>
                {t('events.checkIn.earlier')} <Instant at={earlier} />
              </p>
            )}
          </>
        )}
      </div>
    </Section>
  );
}

function Figures({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const figures = useQuery({ queryKey: eventsKeys.figures(eventId), queryFn: () => eventsApi.figures(eventId) });
  if (!figures.data) return null;
  const f = figures.data;
  const items = [
    ['registered', f.registered],
    ['waitlisted', f.waitlisted],
    ['cancelled', f.cancelled],
    ['attended', f.attended],
    ['meetingsRequested', f.meetings.requested],
    ['meetingsAccepted', f.meetings.accepted],
    ['meetingsScheduled', f.meetings.scheduled],
    ['meetingsHeld', f.meetings.held],
  ] as const;
  return (
    <Section title={t('events.figures.title')}>
      <div className="event-figures">
        {items.map(([key, value]) => (
          <Card key={key} size="small">
            <Statistic title={t(`events.figures.${key}`)} value={value} />
          </Card>
        ))}
      </div>
    </Section>
  );
}
