/**
 * Coordinate descent on the prices (see prices.ts): one row at a time, its price is set to the value that
 * minimises the bound with every other price held. For a row with right-hand side b, each request with a
 * column in the row contributes max(best outside the row, best inside the row − y), so the bound in y is
 * b·y plus a sum of such terms, least at the (b+1)-th largest of the requests' differences (inside less
 * outside): an exact line search in time linear in the row. Every update lowers the bound or keeps it,
 * so sweeps from zero prices reach in tens of milliseconds a bound that subgradient steps from zero need
 * thousands of iterations for; the subgradient (lagrangian.ts) then goes on from there.
 */

import { evaluate, type Prices, type RowFamily, reducedPriority, rowFamilies } from './prices.js';
import type { Problem } from './problem.js';

/** Where in the optimal interval of a row's price to go: 0 its lower end, 1 its upper end. */
const INTERIOR = 0.5;

interface Index {
  /** Requests of participant p: list[start[p] .. start[p + 1]). */
  byParticipant: { start: Int32Array; list: Int32Array };
  /** Requests at a table that may take slot s (a locked one: its slot). */
  bySlot: { start: Int32Array; list: Int32Array };
}

function csr(keys: number, pairs: (add: (key: number, r: number) => void) => void) {
  const start = new Int32Array(keys + 1);
  pairs((key) => {
    start[key + 1] = (start[key + 1] as number) + 1;
  });
  for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const fill = start.slice(0, keys);
  const list = new Int32Array(start[keys] as number);
  pairs((key, r) => {
    list[fill[key] as number] = r;
    fill[key] = (fill[key] as number) + 1;
  });
  return { start, list };
}

const slotsOf = (problem: Problem, r: number): ArrayLike<number> => {
  const locked = problem.lockedSlot[r] as number;
  return locked >= 0 ? [locked] : (problem.candidates[r] as Int32Array);
};

function buildIndex(problem: Problem): Index {
  const R = problem.requestCount;
  return {
    byParticipant: csr(problem.participantCount, (add) => {
      for (let r = 0; r < R; r++) {
        add(problem.a[r] as number, r);
        add(problem.b[r] as number, r);
      }
    }),
    bySlot: csr(problem.slotCount, (add) => {
      for (let r = 0; r < R; r++) if (problem.atTable[r]) for (const s of Array.from(slotsOf(problem, r))) add(s, r);
    }),
  };
}

/** Lowers the bound of `prices` (changed in place) by sweeps of exact row updates until `deadline` or no gain. */
export function dualDescent(problem: Problem, prices: Prices, deadline: number, maxSweeps = 50): number {
  const { slotCount: S, participantCount: P, sessionCount: N } = problem;
  const families = rowFamilies(problem, prices);
  const [, tableRows, maxRows, sessionRows] = families as [RowFamily, RowFamily, RowFamily, RowFamily];
  const index = buildIndex(problem);
  const differences = new Float64Array(2 * problem.requestCount + 1);
  const { slot, table, max, session } = prices;
  // The arrays of `prices` change in place below; `reduced` reads them as they are at each call.
  const reduced = reducedPriority(problem, prices);
  /** Sets price[i] (right-hand side rhs) optimally over the requests list[from..to) whose columns `inRow` selects. */
  const update = (
    price: Float64Array,
    i: number,
    rhs: number,
    list: Int32Array,
    from: number,
    to: number,
    inRow: (s: number) => boolean,
  ) => {
    const y = price[i] as number;
    let forced = 0;
    let n = 0;
    for (let j = from; j < to; j++) {
      const r = list[j] as number;
      const locked = problem.lockedSlot[r] as number;
      if (locked >= 0) {
        if (inRow(locked)) forced++;
        continue;
      }
      let inside = Number.NEGATIVE_INFINITY;
      let outside = 0;
      for (const s of problem.candidates[r] as Int32Array) {
        const v = reduced(r, s);
        if (inRow(s)) inside = Math.max(inside, v + y);
        else outside = Math.max(outside, v);
      }
      if (inside > outside) differences[n++] = inside - outside;
    }
    const need = rhs - forced;
    if (n <= need) {
      price[i] = 0;
      return;
    }
    const sorted = differences.subarray(0, n).sort();
    // Descending order: the (need+1)-th largest is sorted[n - 1 - need].
    const lo = sorted[n - 1 - need] as number;
    const hi = need > 0 ? (sorted[n - need] as number) : Number.POSITIVE_INFINITY;
    price[i] = Math.max(0, Number.isFinite(hi) ? lo + INTERIOR * (hi - lo) : lo);
  };
  const people = index.byParticipant;
  let best = evaluate(problem, families).value;
  for (let sweep = 0; sweep < maxSweeps && performance.now() < deadline; sweep++) {
    for (let p = 0; p < P; p++) {
      const from = people.start[p] as number;
      const to = people.start[p + 1] as number;
      for (let s = 0; s < S; s++) update(slot, p * S + s, 1, people.list, from, to, (t) => t === s);
      if (maxRows.active[p]) update(max, p, maxRows.rhs[p] as number, people.list, from, to, () => true);
      for (let k = 0; k < N; k++) {
        if (!sessionRows.active[p * N + k]) continue;
        const rhs = sessionRows.rhs[p * N + k] as number;
        update(session, p * N + k, rhs, people.list, from, to, (t) => problem.slotSession[t] === k);
      }
    }
    for (let s = 0; s < S; s++) {
      const { start, list } = index.bySlot;
      update(table, s, tableRows.rhs[s] as number, list, start[s] as number, start[s + 1] as number, (t) => t === s);
    }
    const value = evaluate(problem, families).value;
    const gain = best - value;
    best = Math.min(best, value);
    if (gain < 1e-4 * Math.max(1, Math.abs(best))) break;
  }
  return best;
}
