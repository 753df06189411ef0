/**
 * Generated B2B meeting instances for `npm run bench -- scheduler`: a forum of two sessions, participants
 * with gaps in their availability (a session or a block of slots away, single slots missing), a few
 * hosts with booths, meeting limits overall and per session, requests skewed towards popular
 * participants with priorities 1–3, and a few organiser's locks that agree with everything else.
 */
import type { Instance } from '../../apps/api/src/modules/events/index.js';
import { seeded } from './random.js';

export interface InstanceSize {
  participants: number;
  requests: number;
  slots: number;
  /** Tables per slot. */
  tables: number;
}

export function meetingInstance(size: InstanceSize, seed: number): Instance {
  const rnd = seeded(seed);
  const S = size.slots;
  const half = Math.ceil(S / 2);
  const slots = Array.from({ length: S }, (_, s) => {
    const day = s < half ? 10 : 14;
    const minute = (s % half) * 20;
    const at = (m: number) =>
      `2026-09-10T${String(day + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+08:00`;
    return {
      id: `s${s + 1}`,
      start: at(minute),
      end: at(minute + 20),
      tables: size.tables,
      session: s < half ? 'am' : 'pm',
    };
  });
  const participants = Array.from({ length: size.participants }, (_, i) => {
    const away = new Set<number>();
    const shape = rnd.random();
    if (shape < 0.15) for (let s = 0; s < half; s++) away.add(rnd.chance(0.5) ? s : S - 1 - s);
    else if (shape < 0.45) {
      const from = rnd.int(S);
      for (let s = from; s < Math.min(S, from + 2 + rnd.int(3)); s++) away.add(s);
    }
    for (let s = 0; s < S; s++) if (rnd.chance(0.08)) away.add(s);
    return {
      id: `p${i + 1}`,
      available: slots.filter((_, s) => !away.has(s)).map((s) => s.id),
      ...(rnd.chance(0.6) ? { maxMeetings: 4 + rnd.int(7) } : {}),
      ...(rnd.chance(0.3) ? { maxMeetingsPerSession: 3 + rnd.int(3) } : {}),
      ...(rnd.chance(0.04) ? { booth: `B${i + 1}` } : {}),
    };
  });
  // Popular participants draw more requests: the other side is drawn with weight 1/(rank+10).
  const weights = participants.map((_, i) => [i, 1 / (i + 10)] as const);
  const pairs = new Set<string>();
  const requests: Instance['requests'] = [];
  while (requests.length < size.requests) {
    const a = rnd.int(size.participants);
    const b = rnd.weighted(weights);
    const key = a < b ? `${a}:${b}` : `${b}:${a}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    const priority = rnd.weighted([
      [1, 6],
      [2, 3],
      [3, 1],
    ] as const);
    requests.push({ id: `m${requests.length + 1}`, a: `p${a + 1}`, b: `p${b + 1}`, priority });
  }
  addLocks(size, { slots, participants, requests }, rnd);
  return { slots, participants, requests };
}

/** Locks about 2% of the requests in slots both sides have, keeping every limit; some at a table. */
function addLocks(size: InstanceSize, instance: Instance, rnd: ReturnType<typeof seeded>): void {
  const byId = new Map(instance.participants.map((p) => [p.id, p]));
  const busy = new Set<string>();
  const count = new Map<string, number>();
  const tablesTaken = new Map<string, Set<number>>();
  const sessionOf = new Map(instance.slots.map((s) => [s.id, s.session ?? '']));
  for (const request of instance.requests) {
    if (!rnd.chance(0.02)) continue;
    const a = byId.get(request.a);
    const b = byId.get(request.b);
    if (!a || !b) continue;
    const common = a.available.filter((s) => b.available.includes(s));
    if (common.length === 0) continue;
    const slot = rnd.pick(common);
    const sides = [a, b];
    const ok = sides.every((p) => {
      const n = count.get(p.id) ?? 0;
      const inSession = [...busy].filter(
        (k) => k.startsWith(`${p.id}@`) && sessionOf.get(k.split('@')[1] ?? '') === sessionOf.get(slot),
      ).length;
      return (
        !busy.has(`${p.id}@${slot}`) &&
        n < (p.maxMeetings ?? Number.POSITIVE_INFINITY) &&
        inSession < (p.maxMeetingsPerSession ?? Number.POSITIVE_INFINITY)
      );
    });
    const atBooth = a.booth !== undefined || b.booth !== undefined;
    const taken = tablesTaken.get(slot) ?? new Set<number>();
    if (!ok || (!atBooth && taken.size >= size.tables)) continue;
    for (const p of sides) {
      busy.add(`${p.id}@${slot}`);
      count.set(p.id, (count.get(p.id) ?? 0) + 1);
    }
    let table: number | undefined;
    if (!atBooth) {
      table = 1 + rnd.int(size.tables);
      while (taken.has(table)) table = (table % size.tables) + 1;
      taken.add(table);
      tablesTaken.set(slot, taken);
      if (rnd.chance(0.5)) table = undefined;
    }
    request.locked = table === undefined ? { slot } : { slot, table };
  }
}
