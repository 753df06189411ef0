import type { BoardItem, BoardMeeting, BoardMember, BoardResolutionList } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories, type User } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { DAY, HOUR } from '../../lib/clock.js';

let t: TestApp;
let f: Factories;
let admin: User;
let chair: User;
let secretary: User;
let ruMember: User;
let zhMember: User;
let members: User[];
let outsider: User;

const ok = async <T>(res: Promise<{ statusCode: number; body: string; json: () => unknown }>, status = 200) => {
  const answer = await res;
  expect(answer.statusCode, answer.body).toBe(status);
  return answer.json() as T;
};
const seat = (who: User, seatName: string, side = 'RU') =>
  ok<BoardMember>(
    t.call('POST', '/api/v1/board/members', {
      as: admin,
      body: { userId: who.userId, seat: seatName, side, termFrom: '2026-01-01', termTo: null },
    }),
    201,
  );
const draft = async (form: 'absentee' | 'in_person', items: { decisionKind?: string }[]) => {
  const body =
    form === 'absentee'
      ? {
          title: { en: 'Ballot', ru: 'Голосование' },
          form,
          deadline: new Date(t.clock.now().getTime() + DAY).toISOString(),
        }
      : { title: { en: 'Meeting' }, form, startsAt: new Date(t.clock.now().getTime() + HOUR).toISOString() };
  let meeting = await ok<BoardMeeting>(t.call('POST', '/api/v1/board/meetings', { as: secretary, body }), 201);
  for (const [i, item] of items.entries()) {
    meeting = await ok<BoardMeeting>(
      t.call('POST', `/api/v1/board/meetings/${meeting.id}/items`, {
        as: secretary,
        body: {
          title: { en: `Item ${i + 1}`, zh: `议题${i + 1}` },
          resolution: { en: `Resolved ${i + 1}.`, ru: `Решено ${i + 1}.` },
          ...item,
        },
      }),
      201,
    );
  }
  return meeting;
};
const voteAs = (who: User, item: string, choice: string) =>
  t.call('PUT', `/api/v1/board/items/${item}/vote`, { as: who, body: { choice } });

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  admin = await f.user({ roles: [{ role: 'admin' }] });
  chair = await f.user({ displayName: 'Chair' });
  secretary = await f.user({ displayName: 'Secretary' });
  ruMember = await f.user({ locale: 'ru' });
  zhMember = await f.user({ locale: 'zh' });
  members = [chair, secretary, ruMember, zhMember, await f.user(), await f.user(), await f.user()];
  outsider = await f.user();
  await seat(chair, 'chair');
  await seat(secretary, 'secretary', 'CN');
  await seat(ruMember, 'member');
  await seat(zhMember, 'member', 'CN');
  for (const m of members.slice(4)) await seat(m, 'member', 'other');
});

afterAll(async () => {
  await t.close();
});

describe('the composition and rules of the board', () => {
  it('is managed by a platform admin, with each change audited; past members stay in the record', async () => {
    const past = await f.user();
    const added = await seat(past, 'deputy');
    expect(added).toMatchObject({ seat: 'deputy', current: true });
    expect(
      (
        await t.call('POST', '/api/v1/board/members', {
          as: admin,
          body: { userId: past.userId, seat: 'member', side: 'RU', termFrom: '2026-01-01' },
        })
      ).json(),
    ).toMatchObject({ code: 'board_member_exists' });
    const left = await ok<BoardMember>(
      t.call('PATCH', `/api/v1/board/members/${added.id}`, {
        as: admin,
        body: { leave: true, version: added.version },
      }),
    );
    expect(left).toMatchObject({ current: false });
    expect(left.leftAt).not.toBeNull();
    const list = await ok<{ items: BoardMember[] }>(t.call('GET', '/api/v1/board/members', { as: ruMember }));
    expect(list.items.find((m) => m.id === added.id)).toMatchObject({ current: false });
    expect(list.items.filter((m) => m.current)).toHaveLength(7);
    const stale = await t.call('PATCH', `/api/v1/board/members/${added.id}`, {
      as: admin,
      body: { seat: 'member', version: added.version },
    });
    expect(stale.json()).toMatchObject({ code: 'board_conflict' });
    const audit = await t.call('GET', '/api/v1/admin/audit?limit=50', { as: admin });
    expect(audit.body).toContain('board.member_added');
    expect(audit.body).toContain('board.member_left');
  });

  it('refuses anyone but an admin to change the composition or rules', async () => {
    const body = { userId: outsider.userId, seat: 'member', side: 'RU', termFrom: '2026-01-01' };
    expect((await t.call('POST', '/api/v1/board/members', { as: chair, body })).statusCode).toBe(403);
    const rules = await ok<{ version: number }>(t.call('GET', '/api/v1/board/rules', { as: chair }));
    const change = {
      quorum: 'two_thirds',
      majorities: { ordinary: 'simple_of_cast', qualified: 'two_thirds_of_seats', unanimous: 'unanimity' },
      castingVote: true,
      version: rules.version,
    };
    expect((await t.call('PUT', '/api/v1/board/rules', { as: secretary, body: change })).statusCode).toBe(403);
  });

  it('shows nothing of its inside to others (404)', async () => {
    for (const url of ['/api/v1/board/members', '/api/v1/board/rules', '/api/v1/board/meetings']) {
      expect((await t.call('GET', url, { as: outsider })).json()).toMatchObject({ code: 'board_not_found' });
    }
  });
});

describe('an absentee ballot', () => {
  it('notifies members in their language, takes votes until its deadline, then closes with a stored result', async () => {
    const meeting = await draft('absentee', [{}, { decisionKind: 'unanimous' }]);
    expect((await t.call('GET', `/api/v1/board/meetings/${meeting.id}`, { as: outsider })).statusCode).toBe(404);
    const called = await ok<BoardMeeting>(
      t.call('POST', `/api/v1/board/meetings/${meeting.id}/call`, { as: secretary }),
    );
    expect(called.state).toBe('open');
    await t.runJobs();
    expect(t.mail.to(ruMember.email).at(-1)?.subject).toContain('Созвано заседание совета: Голосование');
    expect(t.mail.to(zhMember.email).at(-1)?.subject).toContain('监事会会议已召集');
    expect(t.mail.to(outsider.email)).toHaveLength(0);

    const [first, second] = called.items as [BoardItem, BoardItem];
    // Two votes sent at once by one member count once; a later vote replaces the earlier.
    await Promise.all([voteAs(ruMember, first.id, 'for'), voteAs(ruMember, first.id, 'for')]);
    await ok(voteAs(ruMember, first.id, 'against'));
    const mine = await ok<BoardItem>(voteAs(ruMember, first.id, 'for'));
    expect(mine).toMatchObject({ myVote: 'for', result: { voted: 1, for: 1 } });
    // A conflicted member neither votes nor counts.
    await ok(
      t.call('PUT', `/api/v1/board/items/${first.id}/conflict`, {
        as: zhMember,
        body: { declared: true, note: 'My company' },
      }),
    );
    expect((await voteAs(zhMember, first.id, 'for')).json()).toMatchObject({ code: 'board_conflicted' });
    for (const m of [chair, secretary, members[4] as User]) await ok(voteAs(m, first.id, 'for'));
    await ok(voteAs(members[5] as User, first.id, 'abstain'));
    for (const m of [chair, secretary]) await ok(voteAs(m, second.id, 'for'));
    await ok(voteAs(ruMember, second.id, 'abstain'));
    expect((await voteAs(outsider, first.id, 'for')).statusCode).toBe(404);

    t.clock.advance(DAY);
    const late = await voteAs(ruMember, first.id, 'against');
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: 'board_item_closed' });
    const closed = await ok<BoardMeeting>(t.call('GET', `/api/v1/board/meetings/${meeting.id}`, { as: ruMember }));
    expect(closed.state).toBe('closed');
    const [r1, r2] = closed.items.map((i) => i.result);
    expect(r1).toMatchObject({ outcome: 'adopted', seats: 6, conflicted: 1, voted: 5, for: 4, abstain: 1 });
    expect(r1?.explanation[0]?.key).toBe('result.simple_of_cast.adopted');
    expect(r2).toMatchObject({ outcome: 'no_quorum', voted: 3 });
    expect(closed.items[0]?.closedAt).toBe(meeting.deadline);

    // The result never changes after closing, even when the composition does.
    const list = await ok<{ items: BoardMember[] }>(t.call('GET', '/api/v1/board/members', { as: admin }));
    const someone = list.items.find((m) => m.userId === members[6]?.userId) as BoardMember;
    await ok(
      t.call('PATCH', `/api/v1/board/members/${someone.id}`, {
        as: admin,
        body: { leave: true, version: someone.version },
      }),
    );
    const again = await ok<BoardMeeting>(t.call('GET', `/api/v1/board/meetings/${meeting.id}`, { as: chair }));
    expect(again.items[0]?.result).toEqual(r1);

    // Adopted, it becomes a resolution numbered in its year; published, everyone sees it.
    expect((await ok<BoardResolutionList>(t.call('GET', '/api/v1/board/resolutions'))).items).toHaveLength(0);
    expect((await t.call('POST', `/api/v1/board/items/${first.id}/publish`, { as: ruMember })).statusCode).toBe(403);
    expect((await t.call('POST', `/api/v1/board/items/${second.id}/publish`, { as: secretary })).statusCode).toBe(404);
    const published = await ok<{ number: string }>(
      t.call('POST', `/api/v1/board/items/${first.id}/publish`, { as: secretary }),
    );
    expect(published.number).toBe('2026/1');
    const pub = await ok<BoardResolutionList>(t.call('GET', '/api/v1/board/resolutions'));
    expect(pub.items).toMatchObject([{ number: '2026/1', text: { en: 'Resolved 1.', ru: 'Решено 1.' } }]);
  });
});

describe('a meeting in person', () => {
  it('is opened by the secretary; the chair closes each item, and a tie goes by the casting vote', async () => {
    const meeting = await draft('in_person', [{}]);
    expect((await t.call('POST', `/api/v1/board/meetings/${meeting.id}/open`, { as: secretary })).json()).toMatchObject(
      { code: 'board_meeting_state' },
    );
    await ok(t.call('POST', `/api/v1/board/meetings/${meeting.id}/call`, { as: secretary }));
    const opened = await ok<BoardMeeting>(
      t.call('POST', `/api/v1/board/meetings/${meeting.id}/open`, { as: secretary }),
    );
    const item = opened.items[0] as BoardItem;
    for (const m of [chair, secretary]) await ok(voteAs(m, item.id, 'for'));
    for (const m of [ruMember, zhMember]) await ok(voteAs(m, item.id, 'against'));
    expect((await t.call('POST', `/api/v1/board/items/${item.id}/close`, { as: secretary })).json()).toMatchObject({
      code: 'board_chair_required',
    });
    const closed = await ok<BoardMeeting>(t.call('POST', `/api/v1/board/items/${item.id}/close`, { as: chair }));
    expect(closed.state).toBe('closed');
    expect(closed.items[0]?.result).toMatchObject({ outcome: 'adopted', casting: 'for', for: 2, against: 2 });
    expect(closed.items[0]?.result?.explanation[0]?.key).toBe('result.tie.for');
    expect((await voteAs(chair, item.id, 'against')).json()).toMatchObject({ code: 'board_item_closed' });
    expect((await t.call('POST', `/api/v1/board/items/${item.id}/close`, { as: chair })).statusCode).toBe(409);
  });
});
