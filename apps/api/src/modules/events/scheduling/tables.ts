/** Numbers the tables of each slot: locked meetings keep theirs, the others take the lowest free numbers. */
import type { Problem } from './problem.js';
import type { ScheduledMeeting } from './scheduling.types.js';

export function assignTables(problem: Problem, slots: Int32Array): ScheduledMeeting[] {
  const { requests, slots: slotList } = problem.instance;
  const taken = slotList.map(() => new Set<number>());
  for (let r = 0; r < problem.requestCount; r++) {
    const table = problem.lockedTable[r] as number;
    if (table > 0) taken[slots[r] as number]?.add(table);
  }
  const next = new Int32Array(problem.slotCount).fill(1);
  const meetings: ScheduledMeeting[] = [];
  for (let r = 0; r < problem.requestCount; r++) {
    const s = slots[r] as number;
    if (s < 0) continue;
    const request = requests[r]?.id ?? '';
    const slot = slotList[s]?.id ?? '';
    const booth = problem.booth[r];
    if (booth !== undefined) {
      meetings.push({ request, slot, booth });
      continue;
    }
    let table = problem.lockedTable[r] as number;
    if (table === 0) {
      const used = taken[s] as Set<number>;
      table = next[s] as number;
      while (used.has(table)) table++;
      next[s] = table + 1;
    }
    meetings.push({ request, slot, table });
  }
  return meetings;
}
