import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertEvent, insertRegistration } from '../../../../test/events-fixture.js';
import { factories, type User } from '../../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../../test/test-app.js';

// Pick mode's races. Real concurrency needs PostgreSQL (TEST_DATABASE_URL); on PGlite the requests
// are serialised and the outcome must be the same: one placement wins, the other gets a clean 409.
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

async function participant(eventId: string): Promise<Person> {
  const user = await f.user();
  const registrationId = await insertRegistration(t, eventId, user.userId);
  const res = await t.call('PUT', `/api/v1/events/${eventId}/meetings/profile`, {
    as: user,
    body: { offer: { en: 'Batteries' }, seek: { en: 'Buyers' }, languages: ['en'] },
  });
  if (res.statusCode !== 200) throw new Error(res.body);
  return { user, registrationId };
}

async function request(eventId: string, from: Person, to: Person) {
  const res = await t.call('POST', `/api/v1/events/${eventId}/meetings/requests`, {
    as: from.user,
    body: { recipientId: to.registrationId, message: 'Meet?' },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id as string;
}

async function setup(tables: number) {
  const eventId = await insertEvent(t, organiser.userId, { mode: 'pick' });
  const res = await t.call('POST', `/api/v1/events/${eventId}/meetings/manage/slots`, {
    as: organiser,
    body: { startsAt: '2026-09-10T02:00:00Z', endsAt: '2026-09-10T02:20:00Z', tables },
  });
  return { eventId, slotId: res.json().id as string };
}

const accept = (eventId: string, who: Person, id: string, slotId: string) =>
  t.call('POST', `/api/v1/events/${eventId}/meetings/requests/${id}/accept`, { as: who.user, body: { slotId } });

const placedIn = async (slotId: string) =>
  (
    await t.database.query(
      "select count(*)::int as n from meeting_requests where slot_id = $1 and state = 'accepted'",
      [slotId],
    )
  ).rows[0] as { n: number };

describe('races in pick mode', () => {
  it('gives the last table to one of two accepting at once; the other gets meeting_slot_full', async () => {
    const { eventId, slotId } = await setup(1);
    const [a, b, c, d] = [
      await participant(eventId),
      await participant(eventId),
      await participant(eventId),
      await participant(eventId),
    ];
    const m1 = await request(eventId, a, b);
    const m2 = await request(eventId, c, d);
    const results = await Promise.all([accept(eventId, b, m1, slotId), accept(eventId, d, m2, slotId)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const lost = results.find((r) => r.statusCode === 409);
    expect(lost?.json().code).toBe('meeting_slot_full');
    expect(lost?.headers['content-type']).toContain('application/problem+json');
    expect((await placedIn(slotId)).n).toBe(1);
    // The loser's request is still open.
    const { rows } = await t.database.query(
      "select count(*)::int as n from meeting_requests where state = 'requested' and event_id = $1",
      [eventId],
    );
    expect((rows[0] as { n: number }).n).toBe(1);
  });

  it('puts one person into one slot once when they accept two requests at once', async () => {
    const { eventId, slotId } = await setup(5);
    const [host, x, y] = [await participant(eventId), await participant(eventId), await participant(eventId)];
    const m1 = await request(eventId, x, host);
    const m2 = await request(eventId, y, host);
    const results = await Promise.all([accept(eventId, host, m1, slotId), accept(eventId, host, m2, slotId)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().code).toBe('meeting_side_busy');
    expect((await placedIn(slotId)).n).toBe(1);
  });
});
