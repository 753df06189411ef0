/**
 * The scheduler against an independent checker (apps/api/test/schedule-checker.ts): every schedule these
 * tests produce is checked; on small random instances (fixed seeds) the total priority equals the
 * brute-force optimum; an instance that contradicts itself is refused with the contradiction named.
 */
import { describe, expect, it } from 'vitest';
import { bruteForceOptimum, type CheckedInstance, checkSchedule } from '../../../../test/schedule-checker.js';
import { type Instance, type Schedule, SchedulingConflictError, schedule } from '../index.js';
import { combinatorialBound } from './bounds.js';
import { dualDescent } from './dual-descent.js';
import { lagrangianBound } from './lagrangian.js';
import { boundOf, capacityPrices } from './prices.js';
import { buildProblem } from './problem.js';

function expectValid(instance: Instance, result: Schedule): number {
  const { errors, total } = checkSchedule(instance as CheckedInstance, result);
  expect(errors).toEqual([]);
  expect(result.stats.priority).toBe(total);
  expect(result.stats.upperBound).toBeGreaterThanOrEqual(total);
  return total;
}

/** A small random instance of the test's own making (mulberry32). */
function randomInstance(seed: number): Instance {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(random() * n);
  const slotCount = 2 + int(3);
  const slots = Array.from({ length: slotCount }, (_, s) => ({
    id: `s${s}`,
    start: `2026-09-10T1${s}:00:00+03:00`,
    end: `2026-09-10T1${s}:20:00+03:00`,
    tables: 1 + int(2),
    session: s < slotCount / 2 ? 'am' : 'pm',
  }));
  const participants = Array.from({ length: 4 + int(3) }, (_, i) => ({
    id: `p${i}`,
    available: slots.filter(() => random() < 0.75).map((s) => s.id),
    ...(random() < 0.4 ? { maxMeetings: 1 + int(2) } : {}),
    ...(random() < 0.2 ? { maxMeetingsPerSession: 1 } : {}),
    ...(random() < 0.15 ? { booth: `B${i}` } : {}),
  }));
  const requests: Instance['requests'] = [];
  for (let i = 0; i < 6 + int(5); i++) {
    const a = int(participants.length);
    const b = (a + 1 + int(participants.length - 1)) % participants.length;
    requests.push({ id: `m${i}`, a: `p${a}`, b: `p${b}`, priority: 1 + int(3) });
  }
  const instance: Instance = { slots, participants, requests };
  // One lock now and then, kept only when the instance still has a schedule (found by brute force).
  const first = requests[0];
  if (first && random() < 0.4) {
    const slot = slots[int(slots.length)] as { id: string; tables: number };
    const atBooth = participants.some((p) => (p.id === first.a || p.id === first.b) && p.booth !== undefined);
    first.locked = !atBooth && random() < 0.5 ? { slot: slot.id, table: slot.tables } : { slot: slot.id };
    if (bruteForceOptimum(instance as CheckedInstance) < 0) delete first.locked;
  }
  return instance;
}

describe('scheduler', () => {
  it('schedules the example of the issue, the lock kept', async () => {
    const instance: Instance = {
      slots: [
        { id: 's1', start: '2026-09-10T10:00:00+08:00', end: '2026-09-10T10:20:00+08:00', tables: 20 },
        { id: 's2', start: '2026-09-10T10:20:00+08:00', end: '2026-09-10T10:40:00+08:00', tables: 20 },
      ],
      participants: [
        { id: 'p1', available: ['s1', 's2'], maxMeetings: 6 },
        { id: 'p2', available: ['s1', 's2'] },
        { id: 'p3', available: ['s1'] },
      ],
      requests: [
        { id: 'm1', a: 'p1', b: 'p2', priority: 1, locked: { slot: 's1', table: 3 } },
        { id: 'm2', a: 'p1', b: 'p3', priority: 2 },
      ],
    };
    const result = await schedule(instance);
    expectValid(instance, result);
    expect(result.meetings).toContainEqual({ request: 'm1', slot: 's1', table: 3 });
    // p3 can meet only in s1, where p1 is locked with p2.
    expect(result.unscheduled).toEqual(['m2']);
    expect(result.stats).toMatchObject({ scheduled: 1, priority: 1, upperBound: 1, gap: 0, optimal: true });
  });

  it('reaches the brute-force optimum on 60 small random instances', async () => {
    for (let seed = 1; seed <= 60; seed++) {
      const instance = randomInstance(seed);
      const optimum = bruteForceOptimum(instance as CheckedInstance);
      const result = await schedule(instance, { timeLimitSeconds: 30 });
      const total = expectValid(instance, result);
      expect({ seed, total }).toEqual({ seed, total: optimum });
      expect({ seed, optimal: result.stats.optimal, upperBound: result.stats.upperBound }).toEqual({
        seed,
        optimal: true,
        upperBound: optimum,
      });
    }
  });

  it('proves bounds at or above the brute-force optimum from any prices: capacity, descent, subgradient', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const instance = randomInstance(seed);
      const optimum = bruteForceOptimum(instance as CheckedInstance);
      const problem = buildProblem(instance);
      const prices = capacityPrices(problem);
      const start = boundOf(problem, prices);
      expect({ seed, start: start >= optimum - 1e-9 }).toEqual({ seed, start: true });
      const descent = dualDescent(problem, prices, Number.POSITIVE_INFINITY);
      // Each row's price is set where the bound is least, so the bound never rises.
      expect({ seed, descent: descent <= start + 1e-9 && descent >= optimum - 1e-9 }).toEqual({ seed, descent: true });
      expect(boundOf(problem, prices)).toBeCloseTo(descent, 9);
      const lagrangian = lagrangianBound(problem, 0, Number.POSITIVE_INFINITY, { start: prices, maxIterations: 200 });
      expect({ seed, lagrangian: lagrangian.bound >= optimum - 1e-9 }).toEqual({ seed, lagrangian: true });
      expect(boundOf(problem, lagrangian.prices)).toBeCloseTo(lagrangian.bound, 9);
    }
  });

  it('hosts meetings at a booth without taking a table', async () => {
    const slots = [{ id: 's1', start: '2026-09-10T10:00:00+03:00', end: '2026-09-10T10:20:00+03:00', tables: 1 }];
    const instance: Instance = {
      slots,
      participants: ['h', 'x', 'y', 'z'].map((id) => ({
        id,
        available: ['s1'],
        ...(id === 'h' ? { booth: 'A7' } : {}),
      })),
      requests: [
        { id: 'm1', a: 'x', b: 'h' },
        { id: 'm2', a: 'y', b: 'z' },
      ],
    };
    const result = await schedule(instance);
    expectValid(instance, result);
    expect(result.meetings).toEqual([
      { request: 'm1', slot: 's1', booth: 'A7' },
      { request: 'm2', slot: 's1', table: 1 },
    ]);
  });

  it('keeps the limit per session and overall', async () => {
    const slots = ['a1', 'a2', 'p1', 'p2'].map((id) => ({
      id,
      start: '2026-09-10T10:00:00+03:00',
      end: '2026-09-10T10:20:00+03:00',
      tables: 5,
      session: id[0] === 'a' ? 'am' : 'pm',
    }));
    const others = ['x1', 'x2', 'x3', 'x4'];
    const instance: Instance = {
      slots,
      participants: [
        { id: 'busy', available: slots.map((s) => s.id), maxMeetingsPerSession: 1, maxMeetings: 3 },
        ...others.map((id) => ({ id, available: slots.map((s) => s.id) })),
      ],
      requests: others.map((id, i) => ({ id: `m${i}`, a: 'busy', b: id })),
    };
    const result = await schedule(instance);
    expectValid(instance, result);
    // One meeting in each of the two sessions: the per-session limit binds before the overall one.
    expect(result.stats.scheduled).toBe(2);
    expect(result.stats.upperBound).toBe(2);
  });

  it('never falls below a plain greedy pass on a larger instance, and proves a bound below the combinatorial one', async () => {
    let state = 7;
    const random = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const slots = Array.from({ length: 8 }, (_, s) => ({
      id: `s${s}`,
      start: '2026-09-10T10:00:00+03:00',
      end: '2026-09-10T10:20:00+03:00',
      tables: 6,
      session: s < 4 ? 'am' : 'pm',
    }));
    const participants = Array.from({ length: 40 }, (_, i) => ({
      id: `p${i}`,
      available: slots.filter(() => random() < 0.8).map((s) => s.id),
      maxMeetings: 2 + Math.floor(random() * 5),
    }));
    const requests = Array.from({ length: 160 }, (_, i) => {
      const a = Math.floor(random() * 40);
      const b = (a + 1 + Math.floor(random() * 39)) % 40;
      return { id: `m${i}`, a: `p${a}`, b: `p${b}`, priority: 1 + Math.floor(random() * 3) };
    });
    const instance: Instance = { slots, participants, requests };
    // The plain greedy pass, written here: by priority, then in order, into the first slot that fits.
    const busy = new Set<string>();
    const count = new Map<string, number>();
    const used = new Map<string, number>();
    let greedy = 0;
    const byId = new Map(participants.map((p) => [p.id, p]));
    for (const r of [...requests].sort((x, y) => y.priority - x.priority)) {
      const a = byId.get(r.a) as (typeof participants)[number];
      const b = byId.get(r.b) as (typeof participants)[number];
      const slot = slots.find(
        (s) =>
          a.available.includes(s.id) &&
          b.available.includes(s.id) &&
          !busy.has(`${a.id}|${s.id}`) &&
          !busy.has(`${b.id}|${s.id}`) &&
          (used.get(s.id) ?? 0) < s.tables &&
          (count.get(a.id) ?? 0) < a.maxMeetings &&
          (count.get(b.id) ?? 0) < b.maxMeetings,
      );
      if (!slot) continue;
      for (const p of [a, b]) {
        busy.add(`${p.id}|${slot.id}`);
        count.set(p.id, (count.get(p.id) ?? 0) + 1);
      }
      used.set(slot.id, (used.get(slot.id) ?? 0) + 1);
      greedy += r.priority;
    }
    for (const heuristicOnly of [true, false]) {
      const result = await schedule(instance, { timeLimitSeconds: 20, heuristicOnly });
      const total = expectValid(instance, result);
      expect(total).toBeGreaterThanOrEqual(greedy);
      expect(result.stats.gap).toBeCloseTo((result.stats.upperBound - total) / result.stats.upperBound, 10);
      // Without the solver too, the prices (coordinate descent, subgradient) prove a tighter bound.
      expect(result.stats.upperBound).toBeLessThan(combinatorialBound(buildProblem(instance)));
    }
  });
});

describe('contradictions', () => {
  const base = (): Instance => ({
    slots: [
      { id: 's1', start: '2026-09-10T10:00:00+03:00', end: '2026-09-10T10:20:00+03:00', tables: 2 },
      { id: 's2', start: '2026-09-10T10:20:00+03:00', end: '2026-09-10T10:40:00+03:00', tables: 2 },
    ],
    participants: [
      { id: 'p1', available: ['s1', 's2'] },
      { id: 'p2', available: ['s1'] },
      { id: 'p3', available: ['s1', 's2'] },
      { id: 'p4', available: ['s1', 's2'] },
    ],
    requests: [
      { id: 'm1', a: 'p1', b: 'p2' },
      { id: 'm2', a: 'p3', b: 'p4' },
      { id: 'm3', a: 'p1', b: 'p3' },
    ],
  });

  async function refusal(change: (instance: Instance) => void): Promise<SchedulingConflictError> {
    const instance = base();
    change(instance);
    const error = await schedule(instance).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchedulingConflictError);
    return error as SchedulingConflictError;
  }

  const lock = (instance: Instance, id: string, locked: { slot: string; table?: number }) => {
    const request = instance.requests.find((r) => r.id === id);
    if (request) request.locked = locked;
  };
  const participant = (instance: Instance, id: string) => instance.participants.find((p) => p.id === id);

  it.each([
    [
      'a locked meeting where a side is unavailable',
      (i: Instance) => lock(i, 'm1', { slot: 's2' }),
      'locked_unavailable',
      'request "m1" is locked in slot "s2", where participant "p2" is not available',
    ],
    [
      'two locked meetings at one table',
      (i: Instance) => {
        lock(i, 'm1', { slot: 's1', table: 2 });
        lock(i, 'm2', { slot: 's1', table: 2 });
      },
      'table_taken',
      'requests "m1" and "m2" are both locked at table 2 in slot "s1"',
    ],
    [
      'a participant locked into two meetings in one slot',
      (i: Instance) => {
        lock(i, 'm1', { slot: 's1' });
        lock(i, 'm3', { slot: 's1' });
      },
      'participant_double_locked',
      'participant "p1" is locked into requests "m1" and "m3" in slot "s1"',
    ],
    [
      'a table out of range',
      (i: Instance) => lock(i, 'm2', { slot: 's2', table: 3 }),
      'table_out_of_range',
      'request "m2" is locked at table 3 of slot "s2", which has tables 1 to 2',
    ],
    [
      'an unknown participant',
      (i: Instance) => {
        (i.requests[1] as { b: string }).b = 'p9';
      },
      'unknown_participant',
      'request "m2" names participant "p9", who does not exist',
    ],
    [
      'an unknown slot in availability',
      (i: Instance) => participant(i, 'p4')?.available.push('s7'),
      'unknown_slot',
      'participant "p4" is available in slot "s7", which does not exist',
    ],
    [
      'a lock in an unknown slot',
      (i: Instance) => lock(i, 'm2', { slot: 'x' }),
      'unknown_slot',
      'request "m2" is locked in slot "x", which does not exist',
    ],
    [
      'locks beyond maxMeetings',
      (i: Instance) => {
        Object.assign(participant(i, 'p1') ?? {}, { maxMeetings: 1 });
        lock(i, 'm1', { slot: 's1' });
        lock(i, 'm3', { slot: 's2' });
      },
      'max_meetings_exceeded',
      'participant "p1" is locked into 2 meetings but allows at most 1',
    ],
    [
      'locks beyond the tables of a slot',
      (i: Instance) => {
        (i.slots[0] as { tables: number }).tables = 1;
        lock(i, 'm1', { slot: 's1' });
        lock(i, 'm2', { slot: 's1' });
      },
      'tables_exceeded',
      'slot "s1" has 2 locked meetings at tables but only 1 tables',
    ],
    [
      'a lock at a table for a meeting at a booth',
      (i: Instance) => {
        Object.assign(participant(i, 'p4') ?? {}, { booth: 'B4' });
        lock(i, 'm2', { slot: 's1', table: 1 });
      },
      'table_at_booth',
      'request "m2" is locked at table 1, but it takes place at booth "B4"',
    ],
    [
      'a duplicate id',
      (i: Instance) => i.requests.push({ id: 'm2', a: 'p1', b: 'p4' }),
      'duplicate_id',
      'request id "m2" is used more than once',
    ],
    [
      'a meeting with oneself',
      (i: Instance) => i.requests.push({ id: 'm4', a: 'p1', b: 'p1' }),
      'self_meeting',
      'request "m4" asks "p1" to meet themselves',
    ],
  ])('refuses %s', async (_, change, code, message) => {
    const error = await refusal(change);
    expect(error.conflicts).toContainEqual({ code, message });
    expect(error.message).toContain(message);
  });
});
