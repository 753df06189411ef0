/**
 * The fast part of the scheduler: a schedule under construction that can place and remove a meeting in
 * constant time and undo a sequence of moves; a greedy pass; and a local search that inserts a left-out
 * meeting by moving or dropping the meetings in its way (ejection chains) when that raises the total
 * priority.
 */
import type { Problem } from './problem.js';

export class Assignment {
  readonly slotOf: Int32Array;
  /** busy[p * S + s]: the request participant p meets in slot s, or -1. */
  readonly busy: Int32Array;
  readonly count: Int32Array;
  readonly sessionCount: Int32Array;
  readonly tablesUsed: Int32Array;
  /** tableMeetings[s * R + i], i < tablesUsed[s]: the meetings at tables in slot s; tablePos[r] is r's i. */
  readonly tableMeetings: Int32Array;
  private readonly tablePos: Int32Array;
  total = 0;
  private readonly journal: number[] = [];

  constructor(readonly problem: Problem) {
    const { requestCount: R, participantCount: P, slotCount: S, sessionCount } = problem;
    this.slotOf = new Int32Array(R).fill(-1);
    this.busy = new Int32Array(P * S).fill(-1);
    this.count = new Int32Array(P);
    this.sessionCount = new Int32Array(P * sessionCount);
    this.tablesUsed = new Int32Array(S);
    this.tableMeetings = new Int32Array(S * R);
    this.tablePos = new Int32Array(R);
  }

  /** Whether request r, not placed, can go into slot s as things stand. */
  fits(r: number, s: number): boolean {
    const p = this.problem;
    const a = p.a[r] as number;
    const b = p.b[r] as number;
    const S = p.slotCount;
    if (this.busy[a * S + s] !== -1 || this.busy[b * S + s] !== -1) return false;
    if (p.atTable[r] && (this.tablesUsed[s] as number) >= (p.tables[s] as number)) return false;
    if ((this.count[a] as number) >= (p.maxMeetings[a] as number)) return false;
    if ((this.count[b] as number) >= (p.maxMeetings[b] as number)) return false;
    const k = p.slotSession[s] as number;
    const N = p.sessionCount;
    if ((this.sessionCount[a * N + k] as number) >= (p.maxPerSession[a] as number)) return false;
    if ((this.sessionCount[b * N + k] as number) >= (p.maxPerSession[b] as number)) return false;
    return true;
  }

  private apply(r: number, s: number, delta: 1 | -1): void {
    const p = this.problem;
    const S = p.slotCount;
    const N = p.sessionCount;
    const k = p.slotSession[s] as number;
    for (let side = 0; side < 2; side++) {
      const x = (side === 0 ? p.a[r] : p.b[r]) as number;
      this.busy[x * S + s] = delta === 1 ? r : -1;
      this.count[x] = (this.count[x] as number) + delta;
      this.sessionCount[x * N + k] = (this.sessionCount[x * N + k] as number) + delta;
    }
    if (p.atTable[r]) {
      const R = p.requestCount;
      const used = this.tablesUsed[s] as number;
      if (delta === 1) {
        this.tableMeetings[s * R + used] = r;
        this.tablePos[r] = used;
      } else {
        const i = this.tablePos[r] as number;
        const last = this.tableMeetings[s * R + used - 1] as number;
        this.tableMeetings[s * R + i] = last;
        this.tablePos[last] = i;
      }
      this.tablesUsed[s] = used + delta;
    }
    this.slotOf[r] = delta === 1 ? s : -1;
    this.total += delta * (p.weight[r] as number);
  }

  place(r: number, s: number): void {
    this.apply(r, s, 1);
    this.journal.push(r, s);
  }

  remove(r: number): void {
    const s = this.slotOf[r] as number;
    this.apply(r, s, -1);
    this.journal.push(r, -1 - s);
  }

  mark(): number {
    return this.journal.length;
  }

  /** Undoes every move made since `mark`. */
  rollback(mark: number): void {
    while (this.journal.length > mark) {
      const code = this.journal.pop() as number;
      const r = this.journal.pop() as number;
      if (code >= 0) this.apply(r, code, -1);
      else this.apply(r, -1 - code, 1);
    }
  }

  /** Forgets the journal (the moves stay). */
  commit(): void {
    this.journal.length = 0;
  }

  copySlots(): Int32Array {
    return this.slotOf.slice();
  }
}

/** Places the locked meetings; the validation has made sure they fit together. */
export function withLocks(problem: Problem): Assignment {
  const assignment = new Assignment(problem);
  for (let r = 0; r < problem.requestCount; r++) {
    const s = problem.lockedSlot[r] as number;
    if (s >= 0) assignment.place(r, s);
  }
  assignment.commit();
  return assignment;
}

/** Applies a vector of slots (-1 = left out) to a fresh assignment with the locks; false if it does not fit. */
export function fromSlots(problem: Problem, slots: Int32Array): Assignment | undefined {
  const assignment = withLocks(problem);
  for (let r = 0; r < problem.requestCount; r++) {
    const s = slots[r] as number;
    if ((problem.lockedSlot[r] as number) >= 0) {
      if (s !== problem.lockedSlot[r]) return undefined;
      continue;
    }
    if (s < 0) continue;
    if (!problem.candidates[r]?.includes(s) || !assignment.fits(r, s)) return undefined;
    assignment.place(r, s);
  }
  assignment.commit();
  return assignment;
}

/**
 * The plain greedy baseline: requests by priority (highest first, then in the instance's order), each
 * into the first slot where it fits.
 */
export function plainGreedy(problem: Problem): Assignment {
  const assignment = withLocks(problem);
  const order = Array.from({ length: problem.requestCount }, (_, r) => r).sort(
    (x, y) => (problem.weight[y] as number) - (problem.weight[x] as number) || x - y,
  );
  for (const r of order) {
    if (assignment.slotOf[r] !== -1) continue;
    for (const s of problem.candidates[r] as Int32Array) {
      if (assignment.fits(r, s)) {
        assignment.place(r, s);
        break;
      }
    }
  }
  assignment.commit();
  return assignment;
}

/**
 * A greedy pass that puts the scarcest requests first (highest priority, then fewest common slots, then
 * the busiest participants) and each into the slot with the most free tables.
 */
export function scarcityGreedy(problem: Problem): Assignment {
  const assignment = withLocks(problem);
  const degree = new Int32Array(problem.participantCount);
  for (let r = 0; r < problem.requestCount; r++) {
    degree[problem.a[r] as number] = (degree[problem.a[r] as number] as number) + 1;
    degree[problem.b[r] as number] = (degree[problem.b[r] as number] as number) + 1;
  }
  const load = (r: number) => (degree[problem.a[r] as number] as number) + (degree[problem.b[r] as number] as number);
  const order = Array.from({ length: problem.requestCount }, (_, r) => r).sort(
    (x, y) =>
      (problem.weight[y] as number) - (problem.weight[x] as number) ||
      (problem.candidates[x]?.length ?? 0) - (problem.candidates[y]?.length ?? 0) ||
      load(y) - load(x) ||
      x - y,
  );
  for (const r of order) {
    if (assignment.slotOf[r] !== -1) continue;
    let best = -1;
    let bestFree = -1;
    for (const s of problem.candidates[r] as Int32Array) {
      if (!assignment.fits(r, s)) continue;
      const free = (problem.tables[s] as number) - (assignment.tablesUsed[s] as number);
      if (free > bestFree) {
        best = s;
        bestFree = free;
      }
    }
    if (best >= 0) assignment.place(r, best);
  }
  assignment.commit();
  return assignment;
}
