import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvent, insertRegistration } from '../../../../test/events-fixture.js';
import { factories, type User } from '../../../../test/factories.js';
import { checkSchedule } from '../../../../test/schedule-checker.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';
import { buildInstance } from './meetings.organiser.js';

// B2B meetings through HTTP on a real database: profiles, requests and answers, pick mode's
// placements and their conflicts, the organiser's slots, locks and scheduler, agendas and calendars.

let t: TestApp;
let f: ReturnType<typeof factories>;
let organiser: User;

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  organiser = await f.operator('CN');
});
afterAll(() => t.close());

type Person = { user: User; registrationId: string };

async function participant(eventId: string, locale: 'ru' | 'zh' | 'en', languages: string[], extra = {}) {
  const user = await f.user({ locale });
  const registrationId = await insertRegistration(t, eventId, user.userId);
  const res = await t.call('PUT', `/api/v1/events/${eventId}/meetings/profile`, {
    as: user,
    body: { offer: { en: `Offer of ${user.displayName}` }, seek: { en: 'Partners' }, languages, ...extra },
  });
  expect(res.statusCode, res.body).toBe(200);
  return { user, registrationId } as Person;
}

async function slot(eventId: string, startsAt: string, tables: number, session = 1) {
  const end = new Date(new Date(startsAt).getTime() + 20 * 60_000).toISOString();
  const res = await t.call('POST', `/api/v1/events/${eventId}/meetings/manage/slots`, {
    as: organiser,
    body: { startsAt, endsAt: end, tables, session },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function request(eventId: string, from: Person, to: Person, message = 'Let us meet') {
  const res = await t.call('POST', `/api/v1/events/${eventId}/meetings/requests`, {
    as: from.user,
    body: { recipientId: to.registrationId, message },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

const accept = (eventId: string, who: Person, id: string, slotId?: string) =>
  t.call('POST', `/api/v1/events/${eventId}/meetings/requests/${id}/accept`, {
    as: who.user,
    body: slotId ? { slotId } : {},
  });

/** The event's schedule as stored, checked by the independent checker against its instance. */
async function checkStored(eventId: string) {
  const overview = await t.call('GET', `/api/v1/events/${eventId}/meetings/manage`, { as: organiser });
  expect(overview.statusCode, overview.body).toBe(200);
  const { rows: events } = await t.database.query('select * from events where id = $1', [eventId]);
  const { rows: slots } = await t.database.query('select * from meeting_slots where event_id = $1', [eventId]);
  const { rows: meetings } = await t.database.query(
    "select * from meeting_requests where event_id = $1 and state = 'accepted'",
    [eventId],
  );
  const { rows: profiles } = await t.database.query('select * from meeting_profiles where event_id = $1', [eventId]);
  const { rows: avail } = await t.database.query(
    'select a.* from meeting_availability a join meeting_slots s on s.id = a.slot_id where s.event_id = $1',
    [eventId],
  );
  const camel = (r: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k.replace(/_(\w)/g, (_, c: string) => c.toUpperCase()), v]));
  const availability = new Map<string, string[]>();
  for (const a of avail as { registration_id: string; slot_id: string }[]) {
    availability.set(a.registration_id, [...(availability.get(a.registration_id) ?? []), a.slot_id]);
  }
  const event = camel(events[0] as Record<string, unknown>) as never;
  // Locks are checked on what the organiser fixed only: the pick mode's placements count as locks.
  const instance = buildInstance(
    { ...(event as object), meetingMode: 'organiser' } as never,
    slots.map(camel) as never,
    profiles.map(camel) as never,
    availability,
    meetings.map(camel) as never,
  );
  const booths = new Map(
    (profiles as { registration_id: string; booth: string | null }[]).map((p) => [p.registration_id, p.booth]),
  );
  const placed = (
    meetings as {
      id: string;
      slot_id: string | null;
      table_number: number | null;
      requester_id: string;
      recipient_id: string;
    }[]
  ).filter((m) => m.slot_id);
  const schedule = {
    meetings: placed.map((m) => {
      const booth = booths.get(m.recipient_id) ?? booths.get(m.requester_id);
      return booth
        ? { request: m.id, slot: m.slot_id as string, booth }
        : { request: m.id, slot: m.slot_id as string, table: m.table_number as number };
    }),
    unscheduled: meetings.filter((m) => !m.slot_id).map((m) => m.id as string),
    stats: { scheduled: placed.length, upperBound: Number.POSITIVE_INFINITY },
  };
  expect(checkSchedule(instance, schedule).errors).toEqual([]);
  return overview.json();
}

describe('profiles and the list of participants', () => {
  let eventId: string;
  beforeAll(async () => {
    eventId = await insertEvent(t, organiser.userId);
  });

  it('keeps a registered participant’s profile and refuses the waitlisted and strangers', async () => {
    const p = await participant(eventId, 'ru', ['ru'], { booth: 'A12', maxMeetingsPerSession: 3 });
    const mine = await t.call('GET', `/api/v1/events/${eventId}/meetings/profile`, { as: p.user });
    expect(mine.json()).toMatchObject({ languages: ['ru'], booth: 'A12', maxMeetingsPerSession: 3, published: true });

    const waitlisted = await f.user();
    await insertRegistration(t, eventId, waitlisted.userId, { state: 'waitlisted' });
    const stranger = await f.user();
    for (const who of [waitlisted, stranger]) {
      const res = await t.call('GET', `/api/v1/events/${eventId}/meetings/profile`, { as: who });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('meetings_registration_required');
    }
    const bad = await t.call('PUT', `/api/v1/events/${eventId}/meetings/profile`, {
      as: p.user,
      body: { offer: {}, seek: { en: 'x' }, languages: [] },
    });
    expect(bad.statusCode).toBe(422);
    const draft = await insertEvent(t, organiser.userId, { state: 'draft' });
    const hidden = await t.call('GET', `/api/v1/events/${draft}/meetings`, { as: p.user });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().code).toBe('meetings_event_not_found');
  });

  it('links only published opportunities of the participant’s organisation', async () => {
    const { admin, organizationId } = await f.organizationWithStatus({ jurisdiction: 'CN' });
    const opp = await f.opportunity(admin, organizationId, { state: 'published' });
    const other = await f.organizationWithStatus({ jurisdiction: 'RU' });
    const foreign = await f.opportunity(other.admin, other.organizationId, { state: 'published' });
    const registrationId = await insertRegistration(t, eventId, admin.userId, { organizationId });
    const body = { offer: { zh: '电池技术' }, seek: { zh: '俄罗斯合作伙伴' }, languages: ['zh', 'en'] };
    const refused = await t.call('PUT', `/api/v1/events/${eventId}/meetings/profile`, {
      as: admin,
      body: { ...body, opportunityIds: [foreign.id] },
    });
    expect(refused.json().code).toBe('meeting_opportunity_not_linkable');
    const saved = await t.call('PUT', `/api/v1/events/${eventId}/meetings/profile`, {
      as: admin,
      body: { ...body, opportunityIds: [opp.id] },
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const reader = await participant(eventId, 'ru', ['ru']);
    const list = async (query: string) =>
      (await t.call('GET', `/api/v1/events/${eventId}/meetings/participants${query}`, { as: reader.user })).json()
        .items as { id: string; opportunities: { id: string }[] }[];
    const found = (await list('?q=电池')).map((p) => p.id);
    expect(found).toEqual([registrationId]);
    expect((await list('?language=zh')).map((p) => p.id)).toContain(registrationId);
    expect((await list('?language=zh')).map((p) => p.id)).not.toContain(reader.registrationId);
    expect((await list('?jurisdiction=CN')).map((p) => p.id)).toEqual([registrationId]);
    expect((await list('?jurisdiction=RU')).map((p) => p.id)).toEqual([]);
    expect((await list('?q=电池'))[0]?.opportunities.map((o) => o.id)).toEqual([opp.id]);
  });
});

describe('requests and answers in pick mode', () => {
  let eventId: string;
  let ru: Person;
  let zh: Person;
  let en: Person;
  let s1: string;
  let s2: string;

  beforeAll(async () => {
    eventId = await insertEvent(t, organiser.userId, { mode: 'pick' });
    s1 = await slot(eventId, '2026-09-10T02:00:00Z', 1);
    s2 = await slot(eventId, '2026-09-10T02:30:00Z', 2);
    ru = await participant(eventId, 'ru', ['ru']);
    zh = await participant(eventId, 'zh', ['zh']);
    en = await participant(eventId, 'en', ['en', 'ru']);
  });

  it('tells the recipient in their language, refuses a second open request and one to oneself', async () => {
    const before = t.mail.to(ru.user.email).length;
    const id = await request(eventId, zh, ru, '我们见面吧');
    await t.runJobs();
    const mail = t.mail.to(ru.user.email).slice(before)[0];
    expect(mail?.subject).toContain('Запрос встречи');
    expect(mail?.text).toContain('我们见面吧');
    const again = await t.call('POST', `/api/v1/events/${eventId}/meetings/requests`, {
      as: zh.user,
      body: { recipientId: ru.registrationId, message: 'again' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('meeting_request_exists');
    const own = await t.call('POST', `/api/v1/events/${eventId}/meetings/requests`, {
      as: zh.user,
      body: { recipientId: zh.registrationId, message: 'me' },
    });
    expect(own.json().code).toBe('meeting_own_request');
    // Russian and Chinese only: an interpreter is needed.
    const mine = await t.call('GET', `/api/v1/events/${eventId}/meetings/requests`, { as: ru.user });
    expect(mine.json().items.find((m: { id: string }) => m.id === id)).toMatchObject({
      interpreter: true,
      role: 'recipient',
    });
    // The requester cannot accept their own request.
    const byRequester = await accept(eventId, zh, id, s1);
    expect(byRequester.statusCode).toBe(404);
  });

  it('declines with a reason the requester reads', async () => {
    const id = await request(eventId, en, zh);
    const res = await t.call('POST', `/api/v1/events/${eventId}/meetings/requests/${id}/decline`, {
      as: zh.user,
      body: { reason: '日程已满' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const theirs = await t.call('GET', `/api/v1/events/${eventId}/meetings/requests`, { as: en.user });
    expect(theirs.json().items.find((m: { id: string }) => m.id === id)).toMatchObject({
      state: 'declined',
      declineReason: '日程已满',
      interpreter: true,
    });
    const twice = await t.call('POST', `/api/v1/events/${eventId}/meetings/requests/${id}/decline`, {
      as: zh.user,
      body: { reason: 'again' },
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('meeting_state_conflict');
  });

  it('places an accepted meeting in the picked slot, and refuses a full slot and a busy side', async () => {
    const a = (await t.call('GET', `/api/v1/events/${eventId}/meetings/requests`, { as: ru.user })).json().items[0]
      .id as string;
    const noSlot = await accept(eventId, ru, a);
    expect(noSlot.json().code).toBe('meeting_slot_required');
    const ok = await accept(eventId, ru, a, s1);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      state: 'accepted',
      slot: { id: s1 },
      place: { table: 1 },
      scheduleState: 'final',
    });

    // The only table of s1 is taken.
    const b = await request(eventId, en, ru);
    const full = await accept(eventId, ru, b, s1);
    expect(full.statusCode).toBe(409);
    expect(['meeting_slot_full', 'meeting_side_busy']).toContain(full.json().code);
    const third = await participant(eventId, 'en', ['en']);
    const c = await request(eventId, third, en);
    const slotFull = await accept(eventId, en, c, s1);
    expect(slotFull.json().code).toBe('meeting_slot_full');
    // ru meets zh in s1: ru cannot take a second meeting there even if a table were free.
    const d = await request(eventId, third, zh);
    await t.call('PUT', `/api/v1/events/${eventId}/meetings/manage/slots/${s1}`, {
      as: organiser,
      body: { startsAt: '2026-09-10T02:00:00Z', endsAt: '2026-09-10T02:20:00Z', tables: 3 },
    });
    const busy = await accept(eventId, zh, d, s1);
    expect(busy.statusCode).toBe(409);
    expect(busy.json().code).toBe('meeting_side_busy');
    // Nothing changed by the refusals.
    const still = await t.call('GET', `/api/v1/events/${eventId}/meetings/requests`, { as: third.user });
    expect(still.json().items.every((m: { state: string }) => m.state === 'requested')).toBe(true);
    expect((await accept(eventId, ru, b, s2)).statusCode).toBe(200);
    await checkStored(eventId);
  });

  it('keeps to availability and to the maximum per session', async () => {
    const p = await participant(eventId, 'en', ['en'], { maxMeetingsPerSession: 1 });
    const q = await participant(eventId, 'en', ['en']);
    const r = await participant(eventId, 'en', ['en']);
    const set = await t.call('PUT', `/api/v1/events/${eventId}/meetings/availability`, {
      as: q.user,
      body: { slotIds: [s2] },
    });
    expect(set.json().availability).toEqual([s2]);
    const m1 = await request(eventId, p, q);
    const unavailable = await accept(eventId, q, m1, s1);
    expect(unavailable.json().code).toBe('meeting_side_unavailable');
    expect((await accept(eventId, q, m1, s2)).statusCode).toBe(200);
    const m2 = await request(eventId, r, p);
    const limit = await accept(eventId, p, m2, s1);
    expect(limit.json().code).toBe('meeting_session_limit');
    await checkStored(eventId);
  });
});

describe('organiser mode: scheduler, locks, publication, agendas', () => {
  let eventId: string;
  let people: Person[];
  let slots: string[];

  beforeAll(async () => {
    eventId = await insertEvent(t, organiser.userId, { mode: 'organiser', timeZone: 'Asia/Shanghai' });
    slots = [
      await slot(eventId, '2026-09-10T02:00:00Z', 2),
      await slot(eventId, '2026-09-10T02:30:00Z', 2),
      await slot(eventId, '2026-09-10T06:00:00Z', 1, 2),
    ];
    people = [
      await participant(eventId, 'ru', ['ru']),
      await participant(eventId, 'zh', ['zh']),
      await participant(eventId, 'en', ['en', 'zh']),
      await participant(eventId, 'zh', ['zh'], { booth: 'B7' }),
    ];
  });

  it('accepts without a slot, schedules, locks, re-runs around the lock and publishes', async () => {
    const [a, b, c, d] = people as [Person, Person, Person, Person];
    const pairs: [Person, Person][] = [
      [a, b],
      [a, c],
      [b, c],
      [a, d],
      [c, d],
      [b, d],
    ];
    const ids: string[] = [];
    for (const [x, y] of pairs) {
      const id = await request(eventId, x, y);
      const res = await accept(eventId, y, id);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().slot).toBeNull();
      ids.push(id);
    }
    const stranger = await f.user();
    const refused = await t.call('POST', `/api/v1/events/${eventId}/meetings/manage/schedule`, { as: stranger });
    expect(refused.json().code).toBe('meetings_organiser_required');

    const run = await t.call('POST', `/api/v1/events/${eventId}/meetings/manage/schedule`, { as: organiser });
    expect(run.statusCode, run.body).toBe(200);
    const stats = run.json();
    expect(stats.scheduled).toBe(6);
    expect(stats.upperBound).toBeGreaterThanOrEqual(stats.priority);
    let overview = await checkStored(eventId);
    expect(overview.meetings.every((m: { scheduleState: string }) => m.scheduleState === 'preliminary')).toBe(true);
    expect(overview.interpreters).toBeGreaterThan(0);

    // Lock the first meeting in the last slot; the scheduler keeps it there.
    const first = ids[0] as string;
    const locked = await t.call('PUT', `/api/v1/events/${eventId}/meetings/manage/meetings/${first}/place`, {
      as: organiser,
      body: { slotId: slots[2], table: 1, locked: true },
    });
    expect(locked.statusCode, locked.body).toBe(200);
    const rerun = await t.call('POST', `/api/v1/events/${eventId}/meetings/manage/schedule`, { as: organiser });
    expect(rerun.statusCode, rerun.body).toBe(200);
    overview = await checkStored(eventId);
    expect(overview.meetings.find((m: { id: string }) => m.id === first)).toMatchObject({
      slot: { id: slots[2] },
      place: { table: 1 },
      locked: true,
    });
    const out = await t.call('PUT', `/api/v1/events/${eventId}/meetings/manage/meetings/${ids[1]}/place`, {
      as: organiser,
      body: { slotId: slots[0], table: 9 },
    });
    expect(out.json().code).toBe('meeting_table_out_of_range');

    const before = t.mail.to(b.user.email).length;
    const published = await t.call('POST', `/api/v1/events/${eventId}/meetings/manage/publish`, { as: organiser });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().meetings.every((m: { scheduleState: string }) => m.scheduleState === 'final')).toBe(true);
    await t.runJobs();
    const mail = t.mail.to(b.user.email).slice(before)[0];
    expect(mail?.subject).toContain('会面');
  });

  it('gives each person an agenda and a calendar in the event’s zone, whose SEQUENCE rises when a meeting moves', async () => {
    const [a] = people as [Person];
    const page = await t.call('GET', `/api/v1/events/${eventId}/meetings/agenda`, { as: a.user });
    expect(page.statusCode, page.body).toBe(200);
    const items = page.json().items as { id: string; slot: { startsAt: string } }[];
    expect(items.length).toBe(3);
    const starts = items.map((m) => m.slot.startsAt);
    expect([...starts].sort()).toEqual(starts);

    const file = await t.call('GET', `/api/v1/events/${eventId}/meetings/agenda.ics`, { as: a.user });
    expect(file.statusCode, file.body).toBe(200);
    expect(file.headers['content-type']).toContain('text/calendar');
    expect(file.body).toContain('BEGIN:VTIMEZONE');
    expect(file.body).toContain('TZID:Asia/Shanghai');
    const parsed = ical.sync.parseICS(file.body);
    const events = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events.length).toBe(3);
    const target = items[0] as { id: string; slot: { startsAt: string } };
    const ev = events.find((e) => e.uid === `meeting-${target.id}@innobridge`) as VEvent;
    expect(ev.start.toISOString()).toBe(target.slot.startsAt);
    expect(String(ev.summary)).toContain('Встреча');
    expect(file.body).toMatch(/DTSTART;TZID=Asia\/Shanghai:20260910T1[04]\d{4}/);
    const sequence = Number(ev.sequence);

    // The organiser moves it: the same UID comes back with a higher SEQUENCE at the new time.
    const overview = (await t.call('GET', `/api/v1/events/${eventId}/meetings/manage`, { as: organiser })).json();
    const meeting = overview.meetings.find((m: { id: string }) => m.id === target.id);
    // Another slot than its own and the locked one's: meetings in the way that are not locked give way.
    const free = slots.find((s) => s !== meeting.slot.id && s !== slots[2]) as string;
    const moved = await t.call('PUT', `/api/v1/events/${eventId}/meetings/manage/meetings/${target.id}/place`, {
      as: organiser,
      body: { slotId: free, locked: true },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const again = ical.sync.parseICS(
      (await t.call('GET', `/api/v1/events/${eventId}/meetings/agenda.ics`, { as: a.user })).body,
    );
    const after = Object.values(again).find((c): c is VEvent => c?.type === 'VEVENT' && c.uid === ev.uid) as VEvent;
    expect(Number(after.sequence)).toBeGreaterThan(sequence);
    expect(after.start.toISOString()).toBe(moved.json().slot.startsAt);
    await checkStored(eventId);
    // Both sides confirm it took place once its slot has begun.
    const early = await t.call('POST', `/api/v1/events/${eventId}/meetings/requests/${target.id}/held`, { as: a.user });
    expect(early.statusCode).toBe(409);
    t.clock.set(new Date('2026-09-10T08:00:00Z'));
    // Months later: a new session.
    a.user.cookie = await f.signIn(a.user);
    const held = await t.call('POST', `/api/v1/events/${eventId}/meetings/requests/${target.id}/held`, { as: a.user });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json().requesterConfirmed || held.json().recipientConfirmed).toBe(true);
  });
});
