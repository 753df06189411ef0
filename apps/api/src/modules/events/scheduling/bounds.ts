/**
 * A bound on the total priority of any schedule that needs no solver: the smallest of
 * - each participant's heaviest requests up to what they can attend, summed and halved (a meeting has two sides);
 * - the locked meetings, the meetings at booths, and the heaviest requests that the free tables can hold.
 */
import type { Problem } from './problem.js';

const sumOfTop = (weights: number[], n: number) =>
  weights
    .sort((x, y) => y - x)
    .slice(0, Math.max(0, n))
    .reduce((t, w) => t + w, 0);

export function combinatorialBound(problem: Problem): number {
  const { slotCount: S, participantCount: P, sessionCount: N } = problem;
  const byParticipant: number[][] = Array.from({ length: P }, () => []);
  const slotsOf: number[][] = Array.from({ length: P }, () => []);
  for (let r = 0; r < problem.requestCount; r++) {
    if ((problem.candidates[r]?.length ?? 0) === 0) continue;
    byParticipant[problem.a[r] as number]?.push(problem.weight[r] as number);
    byParticipant[problem.b[r] as number]?.push(problem.weight[r] as number);
    for (const s of problem.candidates[r] as Int32Array) {
      slotsOf[problem.a[r] as number]?.push(s);
      slotsOf[problem.b[r] as number]?.push(s);
    }
  }
  let sides = 0;
  for (let p = 0; p < P; p++) {
    const perSession = new Int32Array(N);
    for (const s of new Set(slotsOf[p]))
      perSession[problem.slotSession[s] as number] = (perSession[problem.slotSession[s] as number] as number) + 1;
    let attend = 0;
    for (const n of perSession) attend += Math.min(n, problem.maxPerSession[p] as number);
    sides += sumOfTop(byParticipant[p] ?? [], Math.min(attend, problem.maxMeetings[p] as number));
  }
  let fixed = 0;
  let freeTables = 0;
  const tableWeights: number[] = [];
  const lockedAtTables = new Int32Array(S);
  for (let r = 0; r < problem.requestCount; r++) {
    const w = problem.weight[r] as number;
    const locked = problem.lockedSlot[r] as number;
    if (locked >= 0) {
      fixed += w;
      if (problem.atTable[r]) lockedAtTables[locked] = (lockedAtTables[locked] as number) + 1;
    } else if ((problem.candidates[r]?.length ?? 0) > 0) {
      if (problem.atTable[r]) tableWeights.push(w);
      else fixed += w;
    }
  }
  for (let s = 0; s < S; s++) freeTables += (problem.tables[s] as number) - (lockedAtTables[s] as number);
  return Math.min(Math.floor(sides / 2), fixed + sumOfTop(tableWeights, freeTables));
}
