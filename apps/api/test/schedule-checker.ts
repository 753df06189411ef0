/**
 * An independent checker of B2B meeting schedules, written apart from the scheduler and sharing none of
 * its code: it reads the instance and the schedule as plain JSON and lists every rule broken. Also a
 * brute-force optimum for tiny instances.
 */

export interface CheckedInstance {
  slots: { id: string; tables: number; session?: string }[];
  participants: {
    id: string;
    available: string[];
    maxMeetings?: number;
    maxMeetingsPerSession?: number;
    booth?: string;
  }[];
  requests: { id: string; a: string; b: string; priority?: number; locked?: { slot: string; table?: number } }[];
}

export interface CheckedSchedule {
  meetings: { request: string; slot: string; table?: number; booth?: string }[];
  unscheduled: string[];
  stats: { scheduled: number; upperBound: number };
}

/** Every rule the schedule breaks (empty when it is valid), and its total priority. */
export function checkSchedule(
  instance: CheckedInstance,
  schedule: CheckedSchedule,
): { errors: string[]; total: number } {
  const errors: string[] = [];
  const slots = new Map(instance.slots.map((s) => [s.id, s]));
  const people = new Map(instance.participants.map((p) => [p.id, p]));
  const requests = new Map(instance.requests.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const inSlot = new Map<string, string>();
  const atTable = new Map<string, string>();
  const tablesUsed = new Map<string, number>();
  const meetingsOf = new Map<string, number>();
  const perSession = new Map<string, number>();
  let total = 0;
  for (const m of schedule.meetings) {
    const request = requests.get(m.request);
    const slot = slots.get(m.slot);
    if (!request) {
      errors.push(`meeting of unknown request ${m.request}`);
      continue;
    }
    if (!slot) {
      errors.push(`${m.request} in unknown slot ${m.slot}`);
      continue;
    }
    if (seen.has(m.request)) errors.push(`${m.request} scheduled twice`);
    seen.add(m.request);
    total += request.priority ?? 1;
    const sides = [people.get(request.a), people.get(request.b)];
    for (const p of sides) {
      if (!p) {
        errors.push(`${m.request} names an unknown participant`);
        continue;
      }
      if (!p.available.includes(slot.id)) errors.push(`${p.id} is not available in ${slot.id} for ${m.request}`);
      const key = `${p.id}|${slot.id}`;
      const other = inSlot.get(key);
      if (other) errors.push(`${p.id} is in ${other} and ${m.request} in ${slot.id}`);
      inSlot.set(key, m.request);
      meetingsOf.set(p.id, (meetingsOf.get(p.id) ?? 0) + 1);
      const sessionKey = `${p.id}|${slot.session ?? ''}`;
      perSession.set(sessionKey, (perSession.get(sessionKey) ?? 0) + 1);
    }
    const booths = sides.map((p) => p?.booth).filter((b): b is string => b !== undefined);
    if (booths.length > 0) {
      if (m.table !== undefined) errors.push(`${m.request} is at a table though a side has a booth`);
      if (m.booth === undefined || !booths.includes(m.booth)) errors.push(`${m.request} is not at a side's booth`);
    } else {
      if (m.booth !== undefined) errors.push(`${m.request} is at a booth though neither side has one`);
      const t = m.table;
      if (t === undefined || !Number.isInteger(t) || t < 1 || t > slot.tables) {
        errors.push(`${m.request} at table ${t} in ${slot.id}, which has tables 1..${slot.tables}`);
      }
      const key = `${slot.id}|${t}`;
      const other = atTable.get(key);
      if (other) errors.push(`${other} and ${m.request} share table ${t} in ${slot.id}`);
      atTable.set(key, m.request);
      tablesUsed.set(slot.id, (tablesUsed.get(slot.id) ?? 0) + 1);
    }
    if (request.locked) {
      if (request.locked.slot !== m.slot)
        errors.push(`${m.request} is locked in ${request.locked.slot} but is in ${m.slot}`);
      if (request.locked.table !== undefined && request.locked.table !== m.table) {
        errors.push(`${m.request} is locked at table ${request.locked.table} but is at ${m.table}`);
      }
    }
  }
  for (const [slotId, used] of tablesUsed) {
    const slot = slots.get(slotId);
    if (slot && used > slot.tables) errors.push(`${slotId} holds ${used} meetings at ${slot.tables} tables`);
  }
  for (const p of instance.participants) {
    if (p.maxMeetings !== undefined && (meetingsOf.get(p.id) ?? 0) > p.maxMeetings) {
      errors.push(`${p.id} has ${meetingsOf.get(p.id)} meetings, more than ${p.maxMeetings}`);
    }
    if (p.maxMeetingsPerSession === undefined) continue;
    for (const session of new Set(instance.slots.map((s) => s.session ?? ''))) {
      const n = perSession.get(`${p.id}|${session}`) ?? 0;
      if (n > p.maxMeetingsPerSession) errors.push(`${p.id} has ${n} meetings in session "${session}"`);
    }
  }
  for (const r of instance.requests) {
    if (r.locked && !seen.has(r.id)) errors.push(`locked ${r.id} is not scheduled`);
  }
  const unscheduled = new Set(schedule.unscheduled);
  for (const r of instance.requests) {
    if (seen.has(r.id) === unscheduled.has(r.id)) errors.push(`${r.id} must be either scheduled or unscheduled`);
  }
  if (schedule.unscheduled.length !== unscheduled.size) errors.push('a request is listed twice as unscheduled');
  if (schedule.stats.scheduled !== schedule.meetings.length)
    errors.push('stats.scheduled is not the number of meetings');
  if (schedule.stats.upperBound < total)
    errors.push(`upper bound ${schedule.stats.upperBound} is below the total ${total}`);
  return { errors, total };
}

/**
 * The best total priority by trying every choice (left out, or one of the slots) for every request,
 * with the same rules as the checker; for instances of a dozen requests or so.
 */
export function bruteForceOptimum(instance: CheckedInstance): number {
  const people = new Map(instance.participants.map((p) => [p.id, p]));
  const busy = new Set<string>();
  const meetingsOf = new Map<string, number>();
  const perSession = new Map<string, number>();
  const tablesUsed = new Map<string, number>();
  const requests = instance.requests;
  const remaining = requests.map((_, i) => requests.slice(i).reduce((t, r) => t + (r.priority ?? 1), 0));
  let best = -1;
  const visit = (i: number, total: number) => {
    if (total + (remaining[i] ?? 0) <= best) return;
    if (i === requests.length) {
      best = total;
      return;
    }
    const r = requests[i] as CheckedInstance['requests'][number];
    const a = people.get(r.a);
    const b = people.get(r.b);
    for (const slot of instance.slots) {
      if (!a || !b || (r.locked && r.locked.slot !== slot.id)) continue;
      if (!a.available.includes(slot.id) || !b.available.includes(slot.id)) continue;
      if (busy.has(`${a.id}|${slot.id}`) || busy.has(`${b.id}|${slot.id}`)) continue;
      const onTable = a.booth === undefined && b.booth === undefined;
      if (onTable && (tablesUsed.get(slot.id) ?? 0) >= slot.tables) continue;
      const session = slot.session ?? '';
      const within = [a, b].every(
        (p) =>
          (meetingsOf.get(p.id) ?? 0) < (p.maxMeetings ?? Number.POSITIVE_INFINITY) &&
          (perSession.get(`${p.id}|${session}`) ?? 0) < (p.maxMeetingsPerSession ?? Number.POSITIVE_INFINITY),
      );
      if (!within) continue;
      const change = (d: number) => {
        for (const p of [a, b]) {
          if (d > 0) busy.add(`${p.id}|${slot.id}`);
          else busy.delete(`${p.id}|${slot.id}`);
          meetingsOf.set(p.id, (meetingsOf.get(p.id) ?? 0) + d);
          perSession.set(`${p.id}|${session}`, (perSession.get(`${p.id}|${session}`) ?? 0) + d);
        }
        if (onTable) tablesUsed.set(slot.id, (tablesUsed.get(slot.id) ?? 0) + d);
      };
      change(1);
      visit(i + 1, total + (r.priority ?? 1));
      change(-1);
    }
    if (!r.locked) visit(i + 1, total);
  };
  visit(0, 0);
  return best;
}
