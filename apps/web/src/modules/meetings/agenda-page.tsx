import { pickLocalized } from '@innobridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Button, Card, Empty, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/use-interface-locale.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { ProblemAlert } from '../../shared/problem.js';
import { type MeetingsEventView, type MeetingView, meetingsApi, meetingsKeys } from './meetings.api.js';
import { MeetingsFrame, SlotTime } from './meetings-frame.js';

/** My accepted meetings in time order, in the event's zone and mine, with the calendar file. */
export function AgendaPage() {
  const { eventId } = useParams({ from: '/_signedIn/events/$eventId/meetings/agenda' });
  const { t } = useTranslation();
  return (
    <MeetingsFrame eventId={eventId} title={() => t('meetings.agenda.title')}>
      {(event) => <Agenda event={event} />}
    </MeetingsFrame>
  );
}

function Agenda({ event }: { event: MeetingsEventView }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: meetingsKeys.part(event.id, 'agenda'),
    queryFn: () => meetingsApi.agenda(event.id),
  });
  const download = useMutation({ mutationFn: () => meetingsApi.downloadAgenda(event.id) });
  return (
    <>
      <p className="section-intro">{t('meetings.agenda.intro')}</p>
      <Button onClick={() => download.mutate()} loading={download.isPending}>
        {t('meetings.agenda.download')}
      </Button>
      {(query.error || download.error) && <ProblemAlert error={query.error ?? download.error} />}
      {query.data && query.data.items.length === 0 && <Empty description={t('meetings.agenda.empty')} />}
      <ol className="meetings-list agenda-list">
        {query.data?.items.map((m) => (
          <li key={m.id}>
            <AgendaItem event={event} meeting={m} />
          </li>
        ))}
      </ol>
    </>
  );
}

function AgendaItem({ event, meeting }: { event: MeetingsEventView; meeting: MeetingView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const held = useMutation({
    mutationFn: () => meetingsApi.held(event.id, meeting.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingsKeys.event(event.id) }),
  });
  const other = meeting.role === 'requester' ? meeting.recipient : meeting.requester;
  const confirmed = meeting.role === 'requester' ? meeting.requesterConfirmed : meeting.recipientConfirmed;
  const begun = meeting.slot && new Date(meeting.slot.startsAt).getTime() <= Date.now();
  return (
    <Card
      title={
        <span>
          {t('meetings.agenda.with', { name: other.name })}
          {other.organization && (
            <>
              {' · '}
              <LocalizedTextView text={other.organization} />
            </>
          )}
        </span>
      }
      extra={meeting.scheduleState === 'preliminary' && <Tag>{t('meetings.agenda.preliminary')}</Tag>}
    >
      <p>
        {meeting.slot ? <SlotTime at={meeting.slot.startsAt} zone={event.timeZone} /> : t('meetings.agenda.unplaced')}
      </p>
      {meeting.place && (
        <p>
          {meeting.place.booth
            ? t('meetings.agenda.booth', { booth: meeting.place.booth })
            : t('meetings.agenda.table', { table: meeting.place.table })}
        </p>
      )}
      {meeting.interpreter && <p className="muted">{t('meetings.requests.interpreter')}</p>}
      <Space wrap>
        {confirmed ? (
          <Tag color="green">{t('meetings.agenda.confirmed')}</Tag>
        ) : (
          begun && (
            <Button onClick={() => held.mutate()} loading={held.isPending}>
              {t('meetings.agenda.confirm')}
            </Button>
          )
        )}
        {meeting.opportunities.map((o) => (
          <Link key={o.id} to="/opportunities/$opportunityId" params={{ opportunityId: o.id }}>
            {t('meetings.agenda.interest', { title: pickLocalized(o.title, locale)?.text ?? '' })}
          </Link>
        ))}
      </Space>
      {held.error && <ProblemAlert error={held.error} />}
    </Card>
  );
}
