import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { Button, Card, Empty, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/problem.js';
import { type MeetingsEventView, type MeetingView, meetingsApi, meetingsKeys } from './meetings.api.js';
import { MeetingsFrame, SlotTime, useEventTime } from './meetings-frame.js';

/** Requests I received (to accept or decline) and sent (to cancel), with their answers. */
export function MeetingRequestsPage() {
  const { eventId } = useParams({ from: '/_signedIn/events/$eventId/meetings/requests' });
  const { t } = useTranslation();
  return (
    <MeetingsFrame eventId={eventId} title={() => t('meetings.requests.title')}>
      {(event) => <Requests event={event} />}
    </MeetingsFrame>
  );
}

function Requests({ event }: { event: MeetingsEventView }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: meetingsKeys.part(event.id, 'requests'),
    queryFn: () => meetingsApi.requests(event.id),
  });
  const items = query.data?.items ?? [];
  return (
    <>
      {query.error && <ProblemAlert error={query.error} />}
      {(['recipient', 'requester'] as const).map((role) => {
        const mine = items.filter((m) => m.role === role);
        const titleId = `requests-${role}`;
        return (
          <section key={role} aria-labelledby={titleId}>
            <h2 id={titleId}>{t(role === 'recipient' ? 'meetings.requests.received' : 'meetings.requests.sent')}</h2>
            {query.data && mine.length === 0 && <Empty description={t('meetings.requests.empty')} />}
            <ul className="meetings-list">
              {mine.map((m) => (
                <li key={m.id}>
                  <RequestCard event={event} meeting={m} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

function RequestCard({ event, meeting }: { event: MeetingsEventView; meeting: MeetingView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const time = useEventTime(event.timeZone);
  const [slotId, setSlotId] = useState<string>();
  const [reason, setReason] = useState('');
  const [declining, setDeclining] = useState(false);
  const done = () => queryClient.invalidateQueries({ queryKey: meetingsKeys.event(event.id) });
  const act = useMutation({
    mutationFn: (action: 'accept' | 'decline' | 'cancel') =>
      action === 'accept'
        ? meetingsApi.accept(event.id, meeting.id, slotId)
        : action === 'decline'
          ? meetingsApi.decline(event.id, meeting.id, reason)
          : meetingsApi.cancel(event.id, meeting.id),
    onSuccess: done,
  });
  const other = meeting.role === 'recipient' ? meeting.requester : meeting.recipient;
  const open = meeting.state === 'requested';
  const pick = event.mode === 'pick';
  const pickId = `pick-${meeting.id}`;
  const reasonId = `reason-${meeting.id}`;
  return (
    <Card
      title={t(meeting.role === 'recipient' ? 'meetings.requests.from' : 'meetings.requests.to', { name: other.name })}
      extra={<Tag>{t(`meetings.requests.state.${meeting.state}`)}</Tag>}
    >
      <p data-user-content>{meeting.message}</p>
      {meeting.interpreter && <p className="muted">{t('meetings.requests.interpreter')}</p>}
      {meeting.state === 'declined' && meeting.declineReason && (
        <p>{t('meetings.requests.declinedBecause', { reason: meeting.declineReason })}</p>
      )}
      {meeting.slot && <SlotTime at={meeting.slot.startsAt} zone={event.timeZone} />}
      {act.error && <ProblemAlert error={act.error} />}
      {open && meeting.role === 'recipient' && (
        <Space direction="vertical" style={{ width: '100%' }}>
          {pick && (
            <>
              <label htmlFor={pickId}>{t('meetings.requests.slot')}</label>
              <Select
                id={pickId}
                placeholder={t('meetings.requests.pickSlot')}
                value={slotId}
                onChange={setSlotId}
                options={event.slots.map((s) => {
                  const at = time(s.startsAt);
                  return { value: s.id, label: at.same ? at.event : `${at.event} · ${at.own}` };
                })}
              />
            </>
          )}
          <Space wrap>
            <Button
              type="primary"
              disabled={pick && !slotId}
              loading={act.isPending && act.variables === 'accept'}
              onClick={() => act.mutate('accept')}
            >
              {t('meetings.requests.accept')}
            </Button>
            <Button onClick={() => setDeclining(true)}>{t('meetings.requests.decline')}</Button>
          </Space>
          {declining && (
            <>
              <label htmlFor={reasonId}>{t('meetings.requests.reason')}</label>
              <Input.TextArea id={reasonId} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
              <Button danger disabled={!reason.trim()} onClick={() => act.mutate('decline')}>
                {t('meetings.requests.decline')}
              </Button>
            </>
          )}
        </Space>
      )}
      {(meeting.state === 'accepted' || (open && meeting.role === 'requester')) && (
        <Button onClick={() => act.mutate('cancel')}>{t('meetings.requests.cancel')}</Button>
      )}
    </Card>
  );
}
