import {
  EVENT_FORMATS,
  EVENT_KINDS,
  type EventBody,
  type EventFormat,
  type EventKind,
  type MeetingMode,
} from '@innobridge/contracts/events';
import { PLACES } from '@innobridge/contracts/organizations';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/use-interface-locale.js';
import { Page } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { QueryPage } from '../../shared/query-page.js';
import { type EventView, eventsApi, eventsKeys } from './events.api.js';
import './events.css';

const LANGS = ['ru', 'zh', 'en'] as const;
type Lang = (typeof LANGS)[number];
type Texts = Record<Lang, { title?: string; summary?: string; description?: string; venue?: string }>;
type SessionValues = { title?: string; startsAt?: string; endsAt?: string; speakers?: string };
type Values = {
  kind: EventKind;
  format: EventFormat;
  texts: Texts;
  place: string;
  onlineUrl?: string;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  capacity?: number | null;
  registrationClosesAt?: string;
  meetings: boolean;
  meetingMode: MeetingMode;
  sessions: SessionValues[];
};

const ZONES = [
  'Europe/Moscow',
  'Asia/Shanghai',
  'Asia/Hong_Kong',
  'Europe/Kaliningrad',
  'Asia/Novosibirsk',
  'Asia/Vladivostok',
  'UTC',
];

/** An instant as the wall clock of a zone, as the form's fields hold it (`2026-09-10T09:00`). */
function wallClock(iso: string | null, zone: string): string | undefined {
  if (!iso) return undefined;
  return new Intl.DateTimeFormat('sv-SE', { timeZone: zone, dateStyle: 'short', timeStyle: 'short' })
    .format(new Date(iso))
    .replace(' ', 'T');
}

const pick = (texts: Texts, field: keyof Texts[Lang]) =>
  Object.fromEntries(LANGS.flatMap((l) => (texts[l]?.[field]?.trim() ? [[l, texts[l][field]?.trim()]] : [])));

function bodyOf(values: Values, lang: Lang): EventBody {
  return {
    kind: values.kind,
    format: values.format,
    title: pick(values.texts, 'title'),
    summary: pick(values.texts, 'summary'),
    description: pick(values.texts, 'description'),
    venue: pick(values.texts, 'venue'),
    place: values.place,
    onlineUrl: values.format === 'in_person' ? null : values.onlineUrl || null,
    timeZone: values.timeZone,
    startsAt: values.startsAt,
    endsAt: values.endsAt,
    capacity: values.capacity ?? null,
    registrationClosesAt: values.registrationClosesAt || null,
    meetings: values.meetings,
    meetingMode: values.meetingMode,
    sessions: (values.sessions ?? [])
      .filter((s) => s.title && s.startsAt && s.endsAt)
      .map((s) => ({
        title: { [lang]: s.title as string },
        startsAt: s.startsAt as string,
        endsAt: s.endsAt as string,
        speakers: (s.speakers ?? '')
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const [name, affiliation] = line.split(/\s+—\s+|\s+-\s+/);
            return { name: { [lang]: name ?? line }, affiliation: affiliation ? { [lang]: affiliation } : {} };
          }),
      })),
  };
}

function valuesOf(event: EventView, lang: Lang): Values {
  const texts = Object.fromEntries(
    LANGS.map((l) => [
      l,
      { title: event.title[l], summary: event.summary[l], description: event.description[l], venue: event.venue[l] },
    ]),
  ) as Texts;
  return {
    kind: event.kind,
    format: event.format,
    texts,
    place: event.place,
    onlineUrl: event.onlineUrl ?? undefined,
    timeZone: event.timeZone,
    startsAt: wallClock(event.startsAt, event.timeZone) as string,
    endsAt: wallClock(event.endsAt, event.timeZone) as string,
    capacity: event.capacity,
    registrationClosesAt: wallClock(event.registrationClosesAt, event.timeZone),
    meetings: event.meetings,
    meetingMode: event.meetingMode,
    sessions: event.sessions.map((s) => ({
      title: s.title[lang] ?? Object.values(s.title)[0],
      startsAt: wallClock(s.startsAt, event.timeZone),
      endsAt: wallClock(s.endsAt, event.timeZone),
      speakers: s.speakers
        .map((p) => {
          const name = p.name[lang] ?? Object.values(p.name)[0] ?? '';
          const affiliation = p.affiliation[lang] ?? Object.values(p.affiliation)[0];
          return affiliation ? `${name} — ${affiliation}` : name;
        })
        .join('\n'),
    })),
  };
}

export function NewEventPage() {
  const { t } = useTranslation();
  const lang = useLocale() as Lang;
  const navigate = useNavigate();
  const save = useMutation({
    mutationFn: (values: Values) => eventsApi.create(bodyOf(values, lang)),
    onSuccess: (event) => navigate({ to: '/events/$eventId/manage', params: { eventId: event.id } }),
  });
  const initial: Partial<Values> = {
    kind: 'forum',
    format: 'in_person',
    place: 'other',
    timeZone: lang === 'zh' ? 'Asia/Shanghai' : 'Europe/Moscow',
    meetings: false,
    meetingMode: 'pick',
    sessions: [],
  };
  return (
    <Page title={t('events.create')}>
      <EventForm initial={initial} onSubmit={(v) => save.mutate(v)} pending={save.isPending} error={save.error} />
    </Page>
  );
}

export function EditEventPage() {
  const { eventId } = useParams({ from: '/_signedIn/events/$eventId/manage/edit' });
  const { t } = useTranslation();
  const lang = useLocale() as Lang;
  const navigate = useNavigate();
  const query = useQuery({ queryKey: eventsKeys.one(eventId), queryFn: () => eventsApi.get(eventId) });
  const save = useMutation({
    mutationFn: ({ values, version }: { values: Values; version: number }) =>
      eventsApi.update(eventId, { ...bodyOf(values, lang), version }),
    onSuccess: () => navigate({ to: '/events/$eventId/manage', params: { eventId } }),
  });
  return (
    <QueryPage query={query} errorTitle={t('events.edit')}>
      {(event) => (
        <Page title={t('events.edit')}>
          <EventForm
            initial={valuesOf(event, lang)}
            onSubmit={(values) => save.mutate({ values, version: event.version })}
            pending={save.isPending}
            error={save.error}
          />
        </Page>
      )}
    </QueryPage>
  );
}

function EventForm({
  initial,
  onSubmit,
  pending,
  error,
}: {
  initial: Partial<Values>;
  onSubmit: (values: Values) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form] = Form.useForm<Values>();
  const format = Form.useWatch('format', form);
  const meetings = Form.useWatch('meetings', form);
  const zones = [...new Set([...ZONES, initial.timeZone ?? 'UTC'])];
  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={onSubmit} style={{ maxWidth: 760 }}>
      <Space wrap size="large">
        <Form.Item name="kind" label={t('events.filter.kind')} rules={[{ required: true }]}>
          <Select
            style={{ minWidth: 200 }}
            options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="format" label={t('events.filter.format')} rules={[{ required: true }]}>
          <Select
            style={{ minWidth: 200 }}
            options={EVENT_FORMATS.map((f) => ({ value: f, label: t(`events.format.${f}`) }))}
          />
        </Form.Item>
      </Space>
      {LANGS.map((l) => (
        <fieldset key={l} className="event-session-row">
          <legend>{t(`events.form.language.${l}`)}</legend>
          <Form.Item name={['texts', l, 'title']} label={t('events.form.title')}>
            <Input maxLength={300} />
          </Form.Item>
          <Form.Item name={['texts', l, 'summary']} label={t('events.form.summary')}>
            <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} />
          </Form.Item>
          <Form.Item name={['texts', l, 'description']} label={t('events.form.description')}>
            <Input.TextArea maxLength={20000} autoSize={{ minRows: 2 }} />
          </Form.Item>
          {format !== 'online' && (
            <Form.Item name={['texts', l, 'venue']} label={t('events.venue')}>
              <Input maxLength={500} />
            </Form.Item>
          )}
        </fieldset>
      ))}
      <Form.Item name="place" label={t('events.form.place')}>
        <Select
          showSearch
          optionFilterProp="label"
          options={[
            ...PLACES.map((p) => ({ value: p.code, label: p.name[locale] })),
            { value: 'other', label: t('events.form.otherPlace') },
          ]}
        />
      </Form.Item>
      {format !== 'in_person' && (
        <Form.Item name="onlineUrl" label={t('events.online')} rules={[{ required: true, type: 'url' }]}>
          <Input type="url" />
        </Form.Item>
      )}
      <Form.Item name="timeZone" label={t('events.form.timeZone')} extra={t('events.form.timeZoneHint')}>
        <Select options={zones.map((z) => ({ value: z, label: z }))} />
      </Form.Item>
      <Space wrap size="large">
        <Form.Item name="startsAt" label={t('events.form.startsAt')} rules={[{ required: true }]}>
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item name="endsAt" label={t('events.form.endsAt')} rules={[{ required: true }]}>
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item name="registrationClosesAt" label={t('events.form.registrationClosesAt')}>
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item name="capacity" label={t('events.form.capacity')}>
          <InputNumber min={1} max={100000} />
        </Form.Item>
      </Space>
      <Form.Item name="meetings" valuePropName="checked">
        <Checkbox>{t('events.form.meetings')}</Checkbox>
      </Form.Item>
      {meetings && (
        <Form.Item name="meetingMode" label={t('events.form.meetingMode')}>
          <Select
            options={[
              { value: 'pick', label: t('events.form.meetingModePick') },
              { value: 'organiser', label: t('events.form.meetingModeOrganiser') },
            ]}
          />
        </Form.Item>
      )}
      <h2 style={{ fontSize: '1.15em' }}>{t('events.agenda')}</h2>
      <Form.List name="sessions">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <fieldset key={field.key} className="event-session-row">
                <legend>{t('events.form.session', { n: index + 1 })}</legend>
                <Form.Item name={[field.name, 'title']} label={t('events.form.title')} rules={[{ required: true }]}>
                  <Input />
                </Form.Item>
                <Space wrap>
                  <Form.Item
                    name={[field.name, 'startsAt']}
                    label={t('events.form.startsAt')}
                    rules={[{ required: true }]}
                  >
                    <Input type="datetime-local" />
                  </Form.Item>
                  <Form.Item name={[field.name, 'endsAt']} label={t('events.form.endsAt')} rules={[{ required: true }]}>
                    <Input type="datetime-local" />
                  </Form.Item>
                </Space>
                <Form.Item
                  name={[field.name, 'speakers']}
                  label={t('events.form.speakers')}
                  extra={t('events.form.speakersHint')}
                >
                  <Input.TextArea autoSize={{ minRows: 2 }} />
                </Form.Item>
                <Button onClick={() => remove(field.name)}>{t('events.form.removeSession')}</Button>
              </fieldset>
            ))}
            <Button onClick={() => add({})}>{t('events.form.addSession')}</Button>
          </>
        )}
      </Form.List>
      {error ? <ProblemAlert error={error} /> : null}
      <Form.Item style={{ marginTop: 24 }}>
        <Button type="primary" htmlType="submit" loading={pending}>
          {t('events.form.save')}
        </Button>
      </Form.Item>
    </Form>
  );
}
