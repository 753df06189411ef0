import { JURISDICTIONS, LOCALES } from '@innobridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { App, Button, Card, Empty, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { ProblemAlert } from '../../shared/problem.js';
import { type MeetingsEventView, meetingsApi, meetingsKeys, type ParticipantFilters } from './meetings.api.js';
import { MeetingsFrame } from './meetings-frame.js';

/** The participants with a published profile, filtered; a meeting is requested from a card. */
export function ParticipantsPage() {
  const { eventId } = useParams({ from: '/_signedIn/events/$eventId/meetings' });
  const { t } = useTranslation();
  return (
    <MeetingsFrame eventId={eventId} title={(event) => t('meetings.title', { event })} needs="either">
      {(event) => <Participants event={event} />}
    </MeetingsFrame>
  );
}

function Participants({ event }: { event: MeetingsEventView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [filters, setFilters] = useState<ParticipantFilters>({});
  const query = useQuery({
    queryKey: meetingsKeys.part(event.id, 'participants', filters),
    queryFn: () => meetingsApi.participants(event.id, filters),
  });
  return (
    <section aria-labelledby="participants-title">
      <h2 id="participants-title">{t('meetings.participants.title')}</h2>
      <div className="meetings-filters">
        <Input.Search
          aria-label={t('meetings.participants.filterWords')}
          placeholder={t('meetings.participants.filterWords')}
          allowClear
          onSearch={(q) => setFilters((f) => ({ ...f, q: q || undefined }))}
        />
        <Select
          aria-label={t('meetings.participants.filterLanguage')}
          placeholder={t('meetings.participants.filterLanguage')}
          allowClear
          value={filters.language}
          onChange={(language) => setFilters((f) => ({ ...f, language }))}
          options={LOCALES.map((l) => ({ value: l, label: t(`meetings.language.${l}`) }))}
        />
        <Select
          aria-label={t('meetings.participants.filterJurisdiction')}
          placeholder={t('meetings.participants.filterJurisdiction')}
          allowClear
          value={filters.jurisdiction}
          onChange={(jurisdiction) => setFilters((f) => ({ ...f, jurisdiction }))}
          options={JURISDICTIONS.map((j) => ({ value: j, label: t(`meetings.jurisdiction.${j}`) }))}
        />
      </div>
      {query.error && <ProblemAlert error={query.error} />}
      {query.data && query.data.items.length === 0 && <Empty description={t('meetings.participants.empty')} />}
      <ul className="meetings-list">
        {query.data?.items.map((p) => (
          <li key={p.id}>
            <Card
              title={
                <span>
                  {p.name}
                  {p.organization && (
                    <>
                      {' · '}
                      <LocalizedTextView text={p.organization.name} />
                    </>
                  )}
                </span>
              }
            >
              <p>
                <strong>{t('meetings.participants.offer')}</strong>
                <LocalizedTextView text={p.offer} />
              </p>
              <p>
                <strong>{t('meetings.participants.seek')}</strong>
                <LocalizedTextView text={p.seek} />
              </p>
              <p>
                <strong>{t('meetings.participants.languages')}</strong>
                {format.list(p.languages.map((l) => t(`meetings.language.${l}`)))}
                {p.booth && <> · {t('meetings.participants.booth', { booth: p.booth })}</>}
              </p>
              {p.id === event.registrationId ? (
                <p className="muted">{t('meetings.participants.you')}</p>
              ) : (
                event.registrationId && <RequestForm eventId={event.id} recipientId={p.id} />
              )}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}

function RequestForm({ eventId, recipientId }: { eventId: string; recipientId: string }) {
  const { t } = useTranslation();
  const { message: toast } = App.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const send = useMutation({
    mutationFn: () => meetingsApi.request(eventId, recipientId, text),
    onSuccess: () => {
      toast.success(t('meetings.participants.sent'));
      setOpen(false);
      setText('');
      void queryClient.invalidateQueries({ queryKey: meetingsKeys.part(eventId, 'requests') });
    },
  });
  if (!open) return <Button onClick={() => setOpen(true)}>{t('meetings.participants.request')}</Button>;
  const id = `request-${recipientId}`;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <label htmlFor={id}>{t('meetings.participants.message')}</label>
      <Input.TextArea id={id} value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={2000} />
      {send.error && <ProblemAlert error={send.error} />}
      <Button type="primary" htmlType="submit" loading={send.isPending} disabled={!text.trim()}>
        {t('meetings.participants.send')}
      </Button>
    </form>
  );
}
