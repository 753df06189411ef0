import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedEvent } from '../../../test/events-helpers.js';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';

// Real concurrency needs PostgreSQL (TEST_DATABASE_URL); on PGlite the requests are serialised and
// the outcome must be the same. Registrations to one event take turns on the event's row lock.
let t: TestApp;
let f: Factories;
let operator: Session;

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operator = await f.operator('RU');
});
afterAll(() => t.close());

const states = async (eventId: string) =>
  (
    await t.database.query(
      'select state, count(*)::int as n from event_registrations where event_id = $1 group by state',
      [eventId],
    )
  ).rows.reduce<Record<string, number>>((acc, r) => {
    const { state, n } = r as { state: string; n: number };
    return { ...acc, [state]: n };
  }, {});

describe('sixteen people registering at once for five seats', () => {
  it('registers exactly five and puts eleven on the waiting list, then promotes one per cancellation', async () => {
    const id = await publishedEvent(t, operator, { capacity: 5 });
    const people: Session[] = [];
    for (let i = 0; i < 16; i++) people.push(await f.user({ email: `race.${i}@example.cn` }));
    const results = await Promise.all(
      people.map((who) => t.call('POST', `/api/v1/events/${id}/registration`, { as: who, body: {} })),
    );
    expect(results.map((r) => r.statusCode)).toEqual(Array(16).fill(200));
    expect(await states(id)).toEqual({ registered: 5, waitlisted: 11 });

    // Five registered people cancel at once: five of the waiting take their seats, never more.
    const registered = results.flatMap((r, i) => (r.json().myRegistration.state === 'registered' ? [people[i]] : []));
    const cancels = await Promise.all(
      registered.map((who) => t.call('DELETE', `/api/v1/events/${id}/registration`, { as: who })),
    );
    expect(cancels.map((r) => r.statusCode)).toEqual(Array(5).fill(200));
    expect(await states(id)).toEqual({ registered: 5, waitlisted: 6, cancelled: 5 });
  });
});
