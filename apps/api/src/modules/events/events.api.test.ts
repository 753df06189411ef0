import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beijingForum, publishedEvent } from '../../../test/events-helpers.js';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let f: Factories;
let operator: Session;

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operator = await f.operator('RU', { locale: 'ru' });
});
afterAll(() => t.close());

const audit = async (subjectId: string) =>
  (await t.database.query('select action from audit_log where subject_id = $1 order by seq', [subjectId])).rows.map(
    (r) => (r as { action: string }).action,
  );

describe('writing events', () => {
  it('turns wall-clock times typed on the event’s clock into instants: 09:00 in Beijing is 01:00 UTC, 04:00 in Moscow', async () => {
    const res = await t.call('POST', '/api/v1/events', { as: operator, body: beijingForum() });
    expect(res.statusCode, res.body).toBe(201);
    const event = res.json();
    expect(event).toMatchObject({
      state: 'draft',
      timeZone: 'Asia/Shanghai',
      startsAt: '2026-09-10T01:00:00.000Z',
      endsAt: '2026-09-11T10:00:00.000Z',
      jurisdiction: 'RU',
      manageable: true,
    });
    expect(event.sessions[0]).toMatchObject({
      startsAt: '2026-09-10T01:00:00.000Z',
      endsAt: '2026-09-10T02:30:00.000Z',
    });
    expect(event.sessions[0].speakers[0].name.zh).toBe('王伟');
    const moscow = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Moscow', timeStyle: 'short' });
    expect(moscow.format(new Date(event.startsAt))).toBe('04:00');
  });

  it('refuses a session outside the event’s dates, an unknown zone, an end before the start; nothing is written', async () => {
    const count = async () =>
      ((await t.database.query('select count(*)::int as n from events')).rows[0] as { n: number }).n;
    const before = await count();
    const outside = await t.call('POST', '/api/v1/events', {
      as: operator,
      locale: 'en',
      body: beijingForum({
        sessions: [{ title: { en: 'Late' }, startsAt: '2026-09-12T09:00', endsAt: '2026-09-12T10:00', speakers: [] }],
      }),
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().errors.map((x: { path: string }) => x.path)).toContain('sessions.0.startsAt');
    const zone = await t.call('POST', '/api/v1/events', {
      as: operator,
      body: beijingForum({ timeZone: 'Mars/Olympus' }),
    });
    expect(zone.json().errors[0].path).toBe('timeZone');
    const reversed = await t.call('POST', '/api/v1/events', {
      as: operator,
      body: beijingForum({ endsAt: '2026-09-09T09:00' }),
    });
    expect(reversed.statusCode).toBe(422);
    const online = await t.call('POST', '/api/v1/events', { as: operator, body: beijingForum({ onlineUrl: null }) });
    expect(online.json().errors.map((x: { path: string }) => x.path)).toContain('onlineUrl');
    expect(await count()).toBe(before);
  });

  it('lets only operators and members of approved organisers write events; approval and withdrawal are audited', async () => {
    const owner = await f.user({ locale: 'zh' });
    const org = await f.organization(owner, { jurisdiction: 'CN', place: 'CN-BJ', name: { zh: '中关村科技园' } });
    const stranger = await f.user();
    const own = beijingForum({ organizerOrganizationId: org.id });
    expect((await t.call('POST', '/api/v1/events', { as: stranger, body: beijingForum() })).json().code).toBe(
      'event_organizer_required',
    );
    expect((await t.call('POST', '/api/v1/events', { as: owner, body: own })).json().code).toBe(
      'event_organizer_not_approved',
    );
    expect(
      (await t.call('POST', '/api/v1/event-organizers', { as: owner, body: { organizationId: org.id } })).statusCode,
    ).toBe(403);
    const approved = await t.call('POST', '/api/v1/event-organizers', {
      as: operator,
      body: { organizationId: org.id },
    });
    expect(approved.statusCode, approved.body).toBe(201);
    const created = await t.call('POST', '/api/v1/events', { as: owner, body: own });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ jurisdiction: 'CN', organizer: { organizationId: org.id } });
    const id = created.json().id;
    // Others do not see the draft, nor manage it.
    expect((await t.call('GET', `/api/v1/events/${id}`)).statusCode).toBe(404);
    expect((await t.call('POST', `/api/v1/events/${id}/publish`, { as: stranger })).statusCode).toBe(404);
    const mine = await t.call('GET', '/api/v1/events?when=mine', { as: owner });
    expect(mine.json().items.map((e: { id: string }) => e.id)).toEqual([id]);

    expect((await t.call('POST', `/api/v1/event-organizers/${org.id}/revoke`, { as: operator })).statusCode).toBe(200);
    expect((await t.call('POST', `/api/v1/events/${id}/publish`, { as: owner })).json().code).toBe('event_not_found');
    expect((await t.call('POST', '/api/v1/events', { as: owner, body: own })).json().code).toBe(
      'event_organizer_not_approved',
    );
    expect(await audit(org.id)).toEqual(expect.arrayContaining(['event_organizer.approve', 'event_organizer.revoke']));
  });

  it('edits on the version read; a stale version is refused with event_changed', async () => {
    const created = (await t.call('POST', '/api/v1/events', { as: operator, body: beijingForum() })).json();
    const edited = await t.call('PUT', `/api/v1/events/${created.id}`, {
      as: operator,
      body: { ...beijingForum({ capacity: 3, endsAt: '2026-09-11T20:00' }), version: created.version },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({
      capacity: 3,
      endsAt: '2026-09-11T12:00:00.000Z',
      version: created.version + 1,
    });
    const stale = await t.call('PUT', `/api/v1/events/${created.id}`, {
      as: operator,
      body: { ...beijingForum(), version: created.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('event_changed');
  });
});

describe('the calendar of events', () => {
  it('lists published upcoming and past events, filtered by kind, place, format and the month on each event’s clock', async () => {
    const forum = await publishedEvent(t, operator);
    // 23:30 on 31 October in Moscow is already November in Beijing: the month is the event's own.
    const moscow = await publishedEvent(t, operator, {
      kind: 'tech_transfer',
      format: 'in_person',
      onlineUrl: null,
      venue: { ru: 'Технопарк «Сколково»' },
      place: 'RU-MOW-SKO',
      timeZone: 'Europe/Moscow',
      startsAt: '2026-10-31T23:30',
      endsAt: '2026-11-01T01:00',
      sessions: [],
    });
    const past = await publishedEvent(t, operator, {
      startsAt: '2026-03-01T09:00',
      endsAt: '2026-03-01T12:00',
      sessions: [],
    });
    const draft = (await t.call('POST', '/api/v1/events', { as: operator, body: beijingForum() })).json().id;
    const ids = async (query: string) =>
      (await t.call('GET', `/api/v1/events${query}`)).json().items.map((e: { id: string }) => e.id) as string[];
    const upcoming = await ids('');
    expect(upcoming).toEqual(expect.arrayContaining([forum, moscow]));
    expect(upcoming).not.toContain(draft);
    expect(upcoming).not.toContain(past);
    expect(await ids('?when=past')).toContain(past);
    expect(await ids('?kind=tech_transfer')).toEqual([moscow]);
    expect(await ids('?place=RU-MOW-SKO')).toEqual([moscow]);
    expect(await ids('?format=in_person')).toEqual([moscow]);
    expect(await ids('?month=2026-10')).toEqual([moscow]);
    expect(await ids('?month=2026-11')).toEqual([]);
    expect((await t.call('GET', '/api/v1/events?month=2026-13')).statusCode).toBe(422);
  });
});

describe('registration', () => {
  it('fills the seats, then the waiting list; a cancellation promotes the first waiting at once; each is told in their language', async () => {
    const id = await publishedEvent(t, operator, { capacity: 2 });
    const ivan = await f.user({ locale: 'ru', displayName: 'Иван Петров' });
    const wang = await f.user({ locale: 'zh', displayName: '王芳' });
    const anna = await f.user({ locale: 'en', displayName: 'Anna Smith' });
    const li = await f.user({ locale: 'zh', displayName: '李明' });
    await t.call('PATCH', '/api/v1/me', { as: ivan, body: { timeZone: 'Europe/Moscow' } });
    const reg = (who: Session, listed = false) =>
      t.call('POST', `/api/v1/events/${id}/registration`, { as: who, body: { listed } });

    expect((await reg(ivan, true)).json().myRegistration).toMatchObject({ state: 'registered', listed: true });
    expect((await reg(wang, true)).json().myRegistration.state).toBe('registered');
    const waiting = (await reg(anna)).json();
    expect(waiting.myRegistration).toMatchObject({ state: 'waitlisted', waitlistPosition: 1 });
    expect((await reg(li)).json().myRegistration).toMatchObject({ state: 'waitlisted', waitlistPosition: 2 });
    expect((await reg(li)).json().code).toBe('event_already_registered');

    const cancelled = await t.call('DELETE', `/api/v1/events/${id}/registration`, { as: wang });
    expect(cancelled.json().myRegistration.state).toBe('cancelled');
    const after = (await t.call('GET', `/api/v1/events/${id}`, { as: anna })).json();
    expect(after).toMatchObject({ registered: 2, waitlisted: 1, myRegistration: { state: 'registered' } });
    expect((await t.call('GET', `/api/v1/events/${id}`, { as: li })).json().myRegistration.waitlistPosition).toBe(1);

    await t.runJobs();
    const toIvan = t.mail.to(ivan.email).at(-1);
    expect(toIvan?.subject).toBe('Вы зарегистрированы: «Форум Чжунгуаньцунь»');
    // Both clocks: the event's (Beijing) and Ivan's own (Moscow), five hours apart.
    expect(toIvan?.text).toMatch(/09:00 GMT\+8 \(.*04:00 GMT\+3\)/);
    expect(t.mail.to(anna.email).map((m) => m.subject)).toEqual([
      'On the waiting list: “Zhongguancun Forum”',
      'A seat is yours: “Zhongguancun Forum”',
    ]);
    expect(t.mail.to(wang.email).map((m) => m.subject)).toEqual(['报名成功：“中关村论坛”', '报名已取消：“中关村论坛”']);
  });

  it('shows in the public list only those who agreed, and exports everyone to the organiser as CSV with a byte-order mark', async () => {
    const id = await publishedEvent(t, operator);
    const listed = await f.user({ locale: 'zh', displayName: '王芳' });
    const unlisted = await f.user({ locale: 'ru', displayName: 'Ольга Смирнова' });
    await t.call('POST', `/api/v1/events/${id}/registration`, { as: listed, body: { listed: true } });
    await t.call('POST', `/api/v1/events/${id}/registration`, { as: unlisted, body: { listed: false } });
    const list = await t.call('GET', `/api/v1/events/${id}/attendees`);
    expect(list.json().items).toEqual([{ displayName: '王芳', organizationName: null }]);

    expect((await t.call('GET', `/api/v1/events/${id}/attendees.csv`, { as: listed })).statusCode).toBe(403);
    const csv = await t.call('GET', `/api/v1/events/${id}/attendees.csv`, { as: operator, locale: 'ru' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.rawPayload.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Имя,Почта,Организация,Регистрация,В открытом списке,Зарегистрирован(а) (Asia/Shanghai),Отмечен(а) на входе (Asia/Shanghai)',
    );
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['王芳', 'Ольга Смирнова']);
    expect(lines[2]).toContain(',нет,');
  });

  it('closes registration at its close time, and refuses registrations to drafts and cancelled events', async () => {
    const closing = await publishedEvent(t, operator, { registrationClosesAt: '2026-03-05T12:00' });
    const late = await f.user();
    t.clock.set(new Date('2026-03-05T05:00:00Z'));
    expect((await t.call('POST', `/api/v1/events/${closing}/registration`, { as: late, body: {} })).json().code).toBe(
      'event_registration_closed',
    );
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
    const draft = (await t.call('POST', '/api/v1/events', { as: operator, body: beijingForum() })).json().id;
    expect((await t.call('POST', `/api/v1/events/${draft}/registration`, { as: late, body: {} })).statusCode).toBe(404);
  });

  it('cancelling an event tells everyone registered or waiting, in the workflow’s one transaction, and is audited', async () => {
    const id = await publishedEvent(t, operator, { capacity: 1 });
    const a = await f.user({ locale: 'en' });
    const b = await f.user({ locale: 'ru' });
    await t.call('POST', `/api/v1/events/${id}/registration`, { as: a, body: {} });
    await t.call('POST', `/api/v1/events/${id}/registration`, { as: b, body: {} });
    await t.runJobs();
    const res = await t.call('POST', `/api/v1/events/${id}/cancel`, { as: operator });
    expect(res.json().state).toBe('cancelled');
    expect((await t.call('POST', `/api/v1/events/${id}/cancel`, { as: operator })).json().code).toBe(
      'event_state_conflict',
    );
    await t.runJobs();
    expect(t.mail.to(a.email).at(-1)?.subject).toBe('Cancelled: “Zhongguancun Forum”');
    expect(t.mail.to(b.email).at(-1)?.subject).toBe('Отменено: «Форум Чжунгуаньцунь»');
    expect(await audit(id)).toEqual(expect.arrayContaining(['event.created', 'event.publish', 'event.cancel']));
  });
});
