import type { BoardMeeting } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { factories, type User } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { HOUR } from '../../lib/clock.js';

const onPostgres = !!inject('postgresUrl');

/** Votes racing each other and the closing of their item, on PostgreSQL's real concurrency. */
describe.runIf(onPostgres)('votes at the closing instant', () => {
  let t: TestApp;
  let chair: User;
  let secretary: User;
  let voters: User[];

  beforeAll(async () => {
    t = await createTestApp();
    const f = factories(t);
    const admin = await f.user({ roles: [{ role: 'admin' }] });
    chair = await f.user();
    secretary = await f.user();
    voters = [await f.user(), await f.user(), await f.user()];
    const seats = [[chair, 'chair'], [secretary, 'secretary'], ...voters.map((v) => [v, 'member'] as const)] as const;
    for (const [who, seat] of seats) {
      const res = await t.call('POST', '/api/v1/board/members', {
        as: admin,
        body: { userId: who.userId, seat, side: 'RU', termFrom: '2026-01-01' },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  it('counts each member once, refuses what follows the closing, and keeps the stored result', async () => {
    for (let round = 0; round < 3; round++) {
      const made = await t.call('POST', '/api/v1/board/meetings', {
        as: secretary,
        body: {
          title: { en: `Round ${round}` },
          form: 'in_person',
          startsAt: new Date(t.clock.now().getTime() + HOUR).toISOString(),
        },
      });
      const id = made.json().id as string;
      const drafted = await t.call('POST', `/api/v1/board/meetings/${id}/items`, {
        as: secretary,
        body: { title: { en: 'Item' }, resolution: { en: 'Resolved.' } },
      });
      const itemId = drafted.json().items[0].id as string;
      await t.call('POST', `/api/v1/board/meetings/${id}/call`, { as: secretary });
      await t.call('POST', `/api/v1/board/meetings/${id}/open`, { as: secretary });

      // Each voter sends the same vote three times at once, while the chair closes the item.
      const votes = voters.flatMap((v) =>
        [0, 1, 2].map(() => t.call('PUT', `/api/v1/board/items/${itemId}/vote`, { as: v, body: { choice: 'for' } })),
      );
      const close = t.call('POST', `/api/v1/board/items/${itemId}/close`, { as: chair });
      const answers = await Promise.all(votes);
      const closed = (await close).json() as BoardMeeting;
      const accepted = new Set<string>();
      answers.forEach((res, i) => {
        if (res.statusCode === 200) accepted.add((voters[Math.floor(i / 3)] as User).userId);
        else expect(res.json().code).toBe('board_item_closed');
      });
      const result = closed.items[0]?.result;
      // Only votes recorded before the closing count, each member once.
      expect(result?.voted).toBeLessThanOrEqual(accepted.size);
      expect(result?.for).toBe(result?.voted);
      const later = await t.call('GET', `/api/v1/board/meetings/${id}`, { as: chair });
      expect(later.json().items[0].result).toEqual(result);
    }
  });
});
