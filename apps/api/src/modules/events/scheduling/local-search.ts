/**
 * Local search on a schedule: each left-out request, highest priority first, is inserted into one of its
 * slots by taking out what stands in the way — the two sides' meetings in that slot, a meeting of a side
 * at its limit, a meeting at a table when the slot is full — and inserting those elsewhere in turn (to a
 * given depth). A chain is kept only when the total priority rises, so the schedule never gets worse.
 */
import type { Assignment } from './heuristic.js';
import type { Problem } from './problem.js';

interface Search {
  problem: Problem;
  assignment: Assignment;
  pinned: Uint8Array;
  deadline: number;
  steps: number;
  timedOut: boolean;
}

function timeUp(search: Search): boolean {
  if (search.timedOut) return true;
  search.steps++;
  if ((search.steps & 1023) === 0 && performance.now() > search.deadline) search.timedOut = true;
  return search.timedOut;
}

/** The lightest unpinned meeting of participant x (in slots of session k, or any when k < 0) not in `out`. */
function lightestOf(search: Search, x: number, k: number, out: number[]): number {
  const { problem, assignment, pinned } = search;
  const S = problem.slotCount;
  let best = -1;
  for (let s = 0; s < S; s++) {
    if (k >= 0 && problem.slotSession[s] !== k) continue;
    const m = assignment.busy[x * S + s] as number;
    if (m < 0 || pinned[m] || out.includes(m)) continue;
    if (best < 0 || (problem.weight[m] as number) < (problem.weight[best] as number)) best = m;
  }
  return best;
}

/** The meetings to take out so that r fits into s, or undefined when a pinned one is in the way. */
function inTheWay(search: Search, r: number, s: number): number[] | undefined {
  const { problem, assignment, pinned } = search;
  const S = problem.slotCount;
  const N = problem.sessionCount;
  const k = problem.slotSession[s] as number;
  const out: number[] = [];
  for (let side = 0; side < 2; side++) {
    const x = (side === 0 ? problem.a[r] : problem.b[r]) as number;
    const m = assignment.busy[x * S + s] as number;
    if (m < 0 || out.includes(m)) continue;
    if (pinned[m]) return undefined;
    out.push(m);
  }
  // Counted with loops, not filter and closures: this runs for every move tried.
  for (let side = 0; side < 2; side++) {
    const x = (side === 0 ? problem.a[r] : problem.b[r]) as number;
    let leaving = 0;
    let leavingInSession = 0;
    for (const m of out) {
      if (problem.a[m] !== x && problem.b[m] !== x) continue;
      leaving++;
      if (problem.slotSession[assignment.slotOf[m] as number] === k) leavingInSession++;
    }
    if ((assignment.count[x] as number) - leaving >= (problem.maxMeetings[x] as number)) {
      const m = lightestOf(search, x, -1, out);
      if (m < 0) return undefined;
      out.push(m);
      if (problem.slotSession[assignment.slotOf[m] as number] === k) leavingInSession++;
    }
    if ((assignment.sessionCount[x * N + k] as number) - leavingInSession >= (problem.maxPerSession[x] as number)) {
      const m = lightestOf(search, x, k, out);
      if (m < 0) return undefined;
      out.push(m);
    }
  }
  if (problem.atTable[r]) {
    let used = assignment.tablesUsed[s] as number;
    for (const m of out) if (problem.atTable[m] && assignment.slotOf[m] === s) used--;
    if (used >= (problem.tables[s] as number)) {
      const m = movableAtTable(search, s, out);
      if (m < 0) return undefined;
      out.push(m);
    }
  }
  return out;
}

/** A meeting at a table in slot s to take out: one that fits elsewhere at once if any, else the lightest. */
function movableAtTable(search: Search, s: number, out: number[]): number {
  const { problem, assignment, pinned } = search;
  const R = problem.requestCount;
  const used = assignment.tablesUsed[s] as number;
  if (used === 0) return -1;
  const start = search.steps % used;
  let lightest = -1;
  for (let j = 0; j < used; j++) {
    const m = assignment.tableMeetings[s * R + ((start + j) % used)] as number;
    if (pinned[m] || out.includes(m)) continue;
    if (lightest < 0 || (problem.weight[m] as number) < (problem.weight[lightest] as number)) lightest = m;
    for (const t of problem.candidates[m] as Int32Array) {
      if (t === s) continue;
      const a = problem.a[m] as number;
      const b = problem.b[m] as number;
      const S = problem.slotCount;
      if (assignment.busy[a * S + t] === -1 && assignment.busy[b * S + t] === -1) {
        if ((assignment.tablesUsed[t] as number) < (problem.tables[t] as number)) return m;
      }
    }
  }
  return lightest;
}

/** Inserts request r (left out) with a chain of at most `depth` moves; returns the gain, 0 if none (nothing changed). */
function insert(search: Search, r: number, depth: number): number {
  const { problem, assignment, pinned } = search;
  const candidates = problem.candidates[r] as Int32Array;
  const w = problem.weight[r] as number;
  for (const s of candidates) {
    if (assignment.fits(r, s)) {
      assignment.place(r, s);
      return w;
    }
  }
  if (depth === 0) return 0;
  const n = candidates.length;
  const offset = n > 0 ? search.steps % n : 0;
  for (let j = 0; j < n; j++) {
    if (timeUp(search)) return 0;
    const s = candidates[(offset + j) % n] as number;
    const out = inTheWay(search, r, s);
    if (!out) continue;
    const mark = assignment.mark();
    const before = assignment.total;
    for (const m of out) assignment.remove(m);
    if (!assignment.fits(r, s)) {
      assignment.rollback(mark);
      continue;
    }
    assignment.place(r, s);
    pinned[r] = 1;
    for (const m of out) if (assignment.slotOf[m] === -1) insert(search, m, depth - 1);
    pinned[r] = 0;
    const gain = assignment.total - before;
    if (gain > 0) return gain;
    assignment.rollback(mark);
  }
  return 0;
}

/** Improves `assignment` in place until no chain helps or the deadline (performance.now() ms) passes. */
export function improve(problem: Problem, assignment: Assignment, deadline: number, maxDepth = 3): void {
  const pinned = new Uint8Array(problem.requestCount);
  for (let r = 0; r < problem.requestCount; r++) if ((problem.lockedSlot[r] as number) >= 0) pinned[r] = 1;
  const search: Search = { problem, assignment, pinned, deadline, steps: 0, timedOut: false };
  const order = Array.from({ length: problem.requestCount }, (_, r) => r).sort(
    (x, y) => (problem.weight[y] as number) - (problem.weight[x] as number) || x - y,
  );
  for (let depth = 1; depth <= maxDepth; depth++) {
    let improved = true;
    while (improved && !search.timedOut) {
      improved = false;
      for (const r of order) {
        if (assignment.slotOf[r] !== -1 || (problem.candidates[r]?.length ?? 0) === 0) continue;
        if (insert(search, r, depth) > 0) improved = true;
        assignment.commit();
        if (search.timedOut) break;
      }
    }
  }
}
