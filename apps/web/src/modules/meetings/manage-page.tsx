import type { Out, ScheduleRunStats } from '@innobridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { Alert, App, Button, Card, Checkbox, Input, InputNumber, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { ProblemAlert } from '../../shared/problem.js';
import { type MeetingsEventView, type MeetingView, meetingsApi, meetingsKeys } from './meetings.api.js';
import { MeetingsFrame, SlotTime, useEventTime } from './meetings-frame.js';

/** The organiser's page: slots, the scheduler with its figures, each meeting's place and interpreter. */
export function ManageMeetingsPage() {
  const { eventId } = useParams({ from: '/_signedIn/events/$eventId/meetings/manage' });
  const { t } = useTranslation();
  return (
    <MeetingsFrame eventId={eventId} title={() => t('meetings.manage.title')} needs="organiser">
      {(event) => <Manage event={event} />}
    </MeetingsFrame>
  );
}

function Manage({ event }: { event: MeetingsEventView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: meetingsKeys.part(event.id, 'overview'),
    queryFn: () => meetingsApi.overview(event.id),
  });
  const [stats, setStats] = useState<Out<typeof ScheduleRunStats>>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: meetingsKeys.event(event.id) });
  const run = useMutation({
    mutationFn: () => meetingsApi.run(event.id),
    onSuccess: (s) => {
      setStats(s);
      void refresh();
    },
  });
  const publish = useMutation({
    mutationFn: () => meetingsApi.publish(event.id),
    onSuccess: () => {
      message.success(t('meetings.manage.published'));
      void refresh();
    },
  });
  const o = query.data;
  return (
    <>
      <p className="section-intro">{t(`meetings.manage.mode.${event.mode}`)}</p>
      <Slots event={event} />
      <section aria-labelledby="schedule-title">
        <h2 id="schedule-title">{t('meetings.manage.meetings')}</h2>
        {o && <p>{t('meetings.manage.figures', o)}</p>}
        <Space wrap>
          <Button onClick={() => run.mutate()} loading={run.isPending}>
            {t('meetings.manage.run')}
          </Button>
          {event.mode === 'organiser' && (
            <Button type="primary" onClick={() => publish.mutate()} loading={publish.isPending}>
              {t('meetings.manage.publish')}
            </Button>
          )}
        </Space>
        {stats && (
          <Alert
            type="info"
            showIcon
            message={t('meetings.manage.stats', {
              scheduled: format.number(stats.scheduled),
              upperBound: format.number(stats.upperBound),
              gap: `${format.number(Math.round(stats.gap * 1000) / 10)} %`,
            })}
          />
        )}
        {(query.error || run.error || publish.error) && (
          <ProblemAlert error={query.error ?? run.error ?? publish.error} />
        )}
        <ul className="meetings-list">
          {o?.meetings.map((m) => (
            <li key={m.id}>
              <PlacedMeeting event={event} meeting={m} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="interpreters-title">
        <h2 id="interpreters-title">{t('meetings.manage.interpreters')}</h2>
        {o && o.meetings.filter((m) => m.interpreter).length === 0 && <p>{t('meetings.manage.noInterpreters')}</p>}
        <ul>
          {o?.meetings
            .filter((m) => m.interpreter)
            .map((m) => (
              <li key={m.id}>
                {t('meetings.manage.sides', { a: m.requester.name, b: m.recipient.name })}
                {m.slot && (
                  <>
                    {' · '}
                    <SlotTime at={m.slot.startsAt} zone={event.timeZone} />
                  </>
                )}
              </li>
            ))}
        </ul>
      </section>
    </>
  );
}

function Slots({ event }: { event: MeetingsEventView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [start, setStart] = useState('');
  const [minutes, setMinutes] = useState<number>(20);
  const [tables, setTables] = useState<number>(10);
  const [session, setSession] = useState<number>(1);
  const refresh = () => queryClient.invalidateQueries({ queryKey: meetingsKeys.event(event.id) });
  const add = useMutation({
    mutationFn: () => {
      const startsAt = new Date(start).toISOString();
      const endsAt = new Date(new Date(start).getTime() + minutes * 60_000).toISOString();
      return meetingsApi.addSlot(event.id, { startsAt, endsAt, tables, session });
    },
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (id: string) => meetingsApi.removeSlot(event.id, id), onSuccess: refresh });
  return (
    <section aria-labelledby="slots-title">
      <h2 id="slots-title">{t('meetings.manage.slots')}</h2>
      <ul className="meetings-list">
        {event.slots.map((s) => (
          <li key={s.id}>
            <Space wrap>
              <SlotTime at={s.startsAt} zone={event.timeZone} />
              <span>{t('meetings.manage.slotFigures', { tables: s.tables, session: s.session })}</span>
              <Button size="small" onClick={() => remove.mutate(s.id)}>
                {t('meetings.manage.remove')}
              </Button>
            </Space>
          </li>
        ))}
      </ul>
      <form
        className="meetings-slot-form"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate();
        }}
      >
        <div>
          <label htmlFor="slot-start">{t('meetings.manage.start')}</label>
          <Input
            id="slot-start"
            type="datetime-local"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            required
          />
        </div>
        <div>
          <label htmlFor="slot-end">{t('meetings.manage.end')}</label>
          <InputNumber id="slot-end" min={5} max={240} value={minutes} onChange={(v) => setMinutes(v ?? 20)} />
        </div>
        <div>
          <label htmlFor="slot-tables">{t('meetings.manage.tables')}</label>
          <InputNumber id="slot-tables" min={0} max={1000} value={tables} onChange={(v) => setTables(v ?? 0)} />
        </div>
        <div>
          <label htmlFor="slot-session">{t('meetings.manage.session')}</label>
          <InputNumber id="slot-session" min={1} max={100} value={session} onChange={(v) => setSession(v ?? 1)} />
        </div>
        <Button htmlType="submit" loading={add.isPending} disabled={!start}>
          {t('meetings.manage.addSlot')}
        </Button>
      </form>
      {(add.error || remove.error) && <ProblemAlert error={add.error ?? remove.error} />}
    </section>
  );
}

function PlacedMeeting({ event, meeting }: { event: MeetingsEventView; meeting: MeetingView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const time = useEventTime(event.timeZone);
  const [slotId, setSlotId] = useState<string>();
  const refresh = () => queryClient.invalidateQueries({ queryKey: meetingsKeys.event(event.id) });
  const place = useMutation({
    mutationFn: () => meetingsApi.place(event.id, meeting.id, { slotId: slotId as string, locked: true }),
    onSuccess: refresh,
  });
  const unlock = useMutation({ mutationFn: () => meetingsApi.unlock(event.id, meeting.id), onSuccess: refresh });
  const interpreter = useMutation({
    mutationFn: (value: boolean) => meetingsApi.setInterpreter(event.id, meeting.id, value),
    onSuccess: refresh,
  });
  const moveId = `move-${meeting.id}`;
  return (
    <Card
      size="small"
      title={t('meetings.manage.sides', { a: meeting.requester.name, b: meeting.recipient.name })}
      extra={meeting.locked && <Tag>{t('meetings.manage.locked')}</Tag>}
    >
      <p>
        {meeting.slot ? <SlotTime at={meeting.slot.startsAt} zone={event.timeZone} /> : t('meetings.manage.unplaced')}
        {meeting.place &&
          ` · ${
            meeting.place.booth
              ? t('meetings.agenda.booth', { booth: meeting.place.booth })
              : t('meetings.agenda.table', { table: meeting.place.table })
          }`}
      </p>
      <Space wrap>
        <label htmlFor={moveId}>{t('meetings.manage.move')}</label>
        <Select
          id={moveId}
          style={{ minWidth: 200 }}
          value={slotId}
          onChange={setSlotId}
          options={event.slots.map((s) => ({ value: s.id, label: time(s.startsAt).event }))}
        />
        <Button disabled={!slotId} onClick={() => place.mutate()} loading={place.isPending}>
          {t('meetings.manage.lock')}
        </Button>
        {meeting.locked && <Button onClick={() => unlock.mutate()}>{t('meetings.manage.unlock')}</Button>}
        <Checkbox checked={meeting.interpreter} onChange={(e) => interpreter.mutate(e.target.checked)}>
          {t('meetings.manage.interpreter')}
        </Checkbox>
      </Space>
      {(place.error || unlock.error || interpreter.error) && (
        <ProblemAlert error={place.error ?? unlock.error ?? interpreter.error} />
      )}
    </Card>
  );
}
