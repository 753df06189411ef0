import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedEvent } from '../../../test/events-helpers.js';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { runReminders } from './registrations/registrations.service.js';

let t: TestApp;
let f: Factories;
let operator: Session;

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operator = await f.operator('RU', { locale: 'ru' });
});
afterAll(() => t.close());

describe('the calendar file', () => {
  it('parses back with an independent parser: the event and its sessions at the right instants, on Beijing’s clock', async () => {
    const id = await publishedEvent(t, operator);
    const res = await t.call('GET', `/api/v1/events/${id}/calendar.ics`, { locale: 'zh' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body).toContain('BEGIN:VTIMEZONE');
    expect(res.body).toContain('TZID:Asia/Shanghai');
    expect(res.body).toMatch(/DTSTART;TZID=Asia\/Shanghai:20260910T090000/);
    const parsed = Object.values(ical.sync.parseICS(res.body)).filter((c) => c?.type === 'VEVENT') as VEvent[];
    const main = parsed.find((e) => e.uid === `${id}@innobridge`);
    expect(main?.summary).toBe('中关村论坛');
    expect(main?.start.toISOString()).toBe('2026-09-10T01:00:00.000Z');
    expect(main?.end?.toISOString()).toBe('2026-09-11T10:00:00.000Z');
    expect(parsed).toHaveLength(2);
    const opening = parsed.find((e) => e.uid !== `${id}@innobridge`);
    expect(opening?.start.toISOString()).toBe('2026-09-10T01:00:00.000Z');
    expect(opening?.end?.toISOString()).toBe('2026-09-10T02:30:00.000Z');
  });
});

describe('badges and check-in', () => {
  it('checks a person in once by their signed code; a second scan says when; forged and reissued-away codes are refused', async () => {
    const id = await publishedEvent(t, operator);
    const other = await publishedEvent(t, operator);
    const wang = await f.user({ locale: 'zh', displayName: '王芳' });
    const ivan = await f.user({ locale: 'ru', displayName: 'Иван' });
    await t.call('POST', `/api/v1/events/${id}/registration`, { as: wang, body: {} });
    await t.call('POST', `/api/v1/events/${other}/registration`, { as: ivan, body: {} });
    expect((await t.call('GET', `/api/v1/events/${id}/badge`, { as: ivan })).statusCode).toBe(404);
    const badge = (await t.call('GET', `/api/v1/events/${id}/badge`, { as: wang })).json();
    expect(badge).toMatchObject({ displayName: '王芳', checkedInAt: null });
    expect(badge.code).toMatch(/^B1[0-9a-f]{32}[A-Za-z0-9]{38}$/);

    const scan = (code: string, as: Session = operator) =>
      t.call('POST', `/api/v1/events/${id}/check-in`, { as, locale: 'en', body: { code } });
    // Participants do not check anyone in.
    expect((await scan(badge.code, wang)).json().code).toBe('event_organizer_required');
    // One character changed in the signature: forged.
    const last = badge.code.at(-1) === 'a' ? 'b' : 'a';
    const forged = await scan(`${badge.code.slice(0, -1)}${last}`);
    expect(forged.statusCode).toBe(422);
    expect(forged.json()).toMatchObject({ code: 'event_badge_invalid' });
    expect(forged.json().detail).toMatch(/forged/);
    expect((await scan('hello')).json().code).toBe('event_badge_invalid');
    // A real badge of another event.
    const foreign = (await t.call('GET', `/api/v1/events/${other}/badge`, { as: ivan })).json().code;
    expect((await scan(foreign)).json().code).toBe('event_badge_invalid');

    const first = await scan(` ${badge.code} `);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ displayName: '王芳', checkedInAt: t.clock.now().toISOString() });
    const at = first.json().checkedInAt;
    t.clock.advance(25 * 60_000);
    const second = await scan(badge.code);
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'event_already_checked_in', checkedInAt: at });
    expect(second.json().detail).toContain('王芳');

    const reissued = (await t.call('POST', `/api/v1/events/${id}/badge/reissue`, { as: wang })).json();
    expect(reissued.code).not.toBe(badge.code);
    expect((await scan(badge.code)).json().code).toBe('event_badge_replaced');
  });

  it('counts registrations, the waiting list, cancellations, attendance and meetings for the organiser', async () => {
    const id = await publishedEvent(t, operator, { capacity: 1 });
    const a = await f.user();
    const b = await f.user();
    const c = await f.user();
    for (const who of [a, b, c]) await t.call('POST', `/api/v1/events/${id}/registration`, { as: who, body: {} });
    await t.call('DELETE', `/api/v1/events/${id}/registration`, { as: c });
    const code = (await t.call('GET', `/api/v1/events/${id}/badge`, { as: a })).json().code;
    await t.call('POST', `/api/v1/events/${id}/check-in`, { as: operator, body: { code } });
    // Meetings as the meetings' tables hold them: one requested, one held (both sides confirmed).
    const regs = (
      await t.database.query('select id, user_id from event_registrations where event_id = $1 and state = $2', [
        id,
        'registered',
      ])
    ).rows as { id: string }[];
    const waiting = (
      await t.database.query('select id from event_registrations where event_id = $1 and state = $2', [
        id,
        'waitlisted',
      ])
    ).rows as { id: string }[];
    const [r1, r2] = [regs[0]?.id, waiting[0]?.id];
    await t.database.query(
      `insert into meeting_requests (id, event_id, requester_id, recipient_id, message, state, created_at, updated_at)
       values (gen_random_uuid(), $1, $2, $3, 'Встретимся?', 'requested', now(), now()),
              (gen_random_uuid(), $1, $3, $2, '见面？', 'accepted', now(), now())`,
      [id, r1, r2],
    );
    await t.database.query(
      `update meeting_requests set requester_confirmed_at = now(), recipient_confirmed_at = now() where state = 'accepted' and event_id = $1`,
      [id],
    );
    expect((await t.call('GET', `/api/v1/events/${id}/figures`, { as: a })).statusCode).toBe(403);
    const figures = await t.call('GET', `/api/v1/events/${id}/figures`, { as: operator });
    expect(figures.json()).toEqual({
      registered: 1,
      waitlisted: 1,
      cancelled: 1,
      attended: 1,
      meetings: { requested: 2, accepted: 1, scheduled: 0, held: 1 },
    });
  });
});

describe('the day-before reminder', () => {
  it('reminds each registered person once, in their language, on both clocks', async () => {
    const id = await publishedEvent(t, operator, {
      startsAt: '2026-03-04T09:00',
      endsAt: '2026-03-04T18:00',
      sessions: [],
    });
    const wang = await f.user({ locale: 'zh' });
    await t.call('PATCH', '/api/v1/me', { as: wang, body: { timeZone: 'Asia/Shanghai' } });
    const waiting = await f.user({ locale: 'en' });
    await t.call('POST', `/api/v1/events/${id}/registration`, { as: wang, body: {} });
    await t.call('DELETE', `/api/v1/events/${id}/registration`, { as: waiting });
    await t.runJobs();
    // 2 March 09:00 UTC: more than a day ahead of 4 March 01:00 UTC.
    expect(await runReminders(t.ctx)).toBe(0);
    t.clock.set(new Date('2026-03-03T02:00:00Z'));
    expect(await runReminders(t.ctx)).toBe(1);
    expect(await runReminders(t.ctx)).toBe(0);
    await t.runJobs();
    const mail = t.mail.to(wang.email).at(-1);
    expect(mail?.subject).toBe('即将开始：“中关村论坛”');
    // The reader is on the event's clock: one time, not two.
    expect(mail?.text).not.toMatch(/\(.*GMT/);
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
  });
});
