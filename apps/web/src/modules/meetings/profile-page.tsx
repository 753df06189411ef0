import { LOCALES, type Locale } from '@innobridge/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { App, Button, Checkbox, Input, InputNumber, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../shared/problem.js';
import { type MeetingsEventView, meetingsApi, meetingsKeys } from './meetings.api.js';
import { MeetingsFrame, SlotTime } from './meetings-frame.js';

type Texts = Partial<Record<Locale, string>>;

/** My profile for the event's meetings, and the slots in which I am available. */
export function MeetingProfilePage() {
  const { eventId } = useParams({ from: '/_signedIn/events/$eventId/meetings/profile' });
  const { t } = useTranslation();
  return (
    <MeetingsFrame eventId={eventId} title={() => t('meetings.profile.title')}>
      {(event) => <ProfileForm event={event} />}
    </MeetingsFrame>
  );
}

function ProfileForm({ event }: { event: MeetingsEventView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = meetingsKeys.part(event.id, 'profile');
  const query = useQuery({ queryKey: key, queryFn: () => meetingsApi.profile(event.id) });
  const [offer, setOffer] = useState<Texts>({});
  const [seek, setSeek] = useState<Texts>({});
  const [languages, setLanguages] = useState<Locale[]>([]);
  const [booth, setBooth] = useState('');
  const [max, setMax] = useState<number | null>(null);
  const [published, setPublished] = useState(true);
  const [slots, setSlots] = useState<string[]>([]);
  useEffect(() => {
    const p = query.data;
    if (!p) return;
    setOffer(p.offer);
    setSeek(p.seek);
    setLanguages(p.languages);
    setBooth(p.booth ?? '');
    setMax(p.maxMeetingsPerSession);
    setPublished(p.registrationId ? p.published || p.languages.length === 0 : true);
    setSlots(p.availability);
  }, [query.data]);
  const save = useMutation({
    mutationFn: () =>
      meetingsApi.saveProfile(event.id, {
        offer,
        seek,
        languages,
        booth: booth.trim() || null,
        maxMeetingsPerSession: max,
        published,
        opportunityIds: query.data?.opportunityIds ?? [],
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      message.success(t('meetings.profile.saved'));
    },
  });
  const saveSlots = useMutation({
    mutationFn: () => meetingsApi.setAvailability(event.id, slots),
    onSuccess: (saved) => {
      queryClient.setQueryData(key, saved);
      message.success(t('meetings.profile.availabilitySaved'));
    },
  });
  return (
    <>
      <p className="section-intro">{t('meetings.profile.intro')}</p>
      <form
        className="meetings-form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        {(['offer', 'seek'] as const).map((field) => (
          <fieldset key={field}>
            <legend>{t(`meetings.profile.${field}`)}</legend>
            {LOCALES.map((lang) => {
              const id = `${field}-${lang}`;
              const value = field === 'offer' ? offer : seek;
              const set = field === 'offer' ? setOffer : setSeek;
              return (
                <div key={lang}>
                  <label htmlFor={id}>{t(`meetings.language.${lang}`)}</label>
                  <Input.TextArea
                    id={id}
                    lang={lang}
                    rows={2}
                    maxLength={1000}
                    value={value[lang] ?? ''}
                    onChange={(e) => set({ ...value, [lang]: e.target.value })}
                  />
                </div>
              );
            })}
          </fieldset>
        ))}
        <label htmlFor="profile-languages">{t('meetings.profile.languages')}</label>
        <Select
          id="profile-languages"
          mode="multiple"
          value={languages}
          onChange={setLanguages}
          options={LOCALES.map((l) => ({ value: l, label: t(`meetings.language.${l}`) }))}
        />
        <label htmlFor="profile-booth">{t('meetings.profile.booth')}</label>
        <Input id="profile-booth" value={booth} maxLength={40} onChange={(e) => setBooth(e.target.value)} />
        <label htmlFor="profile-max">{t('meetings.profile.max')}</label>
        <InputNumber id="profile-max" min={1} max={50} value={max} onChange={(v) => setMax(v ?? null)} />
        <Checkbox checked={published} onChange={(e) => setPublished(e.target.checked)}>
          {t('meetings.profile.published')}
        </Checkbox>
        {save.error && <ProblemAlert error={save.error} />}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('meetings.profile.save')}
        </Button>
      </form>
      <section aria-labelledby="availability-title" className="meetings-availability">
        <h2 id="availability-title">{t('meetings.profile.availability')}</h2>
        {event.slots.length === 0 ? (
          <p>{t('meetings.profile.noSlots')}</p>
        ) : (
          <>
            <p className="muted">{t('meetings.profile.availabilityHint')}</p>
            <Checkbox.Group
              value={slots}
              onChange={(v) => setSlots(v as string[])}
              options={event.slots.map((s) => ({
                value: s.id,
                label: <SlotTime at={s.startsAt} zone={event.timeZone} />,
              }))}
            />
            {saveSlots.error && <ProblemAlert error={saveSlots.error} />}
            <div>
              <Button onClick={() => saveSlots.mutate()} loading={saveSlots.isPending}>
                {t('meetings.profile.saveAvailability')}
              </Button>
            </div>
          </>
        )}
      </section>
    </>
  );
}
