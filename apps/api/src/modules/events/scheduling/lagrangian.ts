/**
 * A proven bound from Lagrangian relaxation, for events too large for the LP in the time given. Every
 * shared row of the model (a participant in a slot, a slot's tables, a participant's maximum overall and
 * per session) gets a price y >= 0; then for any prices
 *
 *   total priority <= sum of y * right-hand side + sum over requests of max(0, best reduced priority),
 *
 * where a request's reduced priority in slot s is its priority less the prices of the rows it uses there
 * (a locked request counts its reduced priority in its slot as it is). That is weak duality, so every
 * iterate is a valid bound; subgradient steps (Polyak's rule towards the best schedule known) lower it
 * towards the LP relaxation's value.
 */
import { type Assignment, withLocks } from './heuristic.js';
import type { Problem } from './problem.js';
import { UNLIMITED } from './problem.js';

export interface LagrangianResult {
  bound: number;
  iterations: number;
  /** The best schedule of the greedy passes guided by the prices. */
  guided?: Assignment;
}

/** Prices of the shared rows: participant in slot (p * S + s), slot's tables, maximum, per session (p * N + k). */
export interface Prices {
  slot: Float64Array;
  table: Float64Array;
  max: Float64Array;
  session: Float64Array;
}

export function zeroPrices(problem: Problem): Prices {
  const { slotCount: S, participantCount: P, sessionCount: N } = problem;
  return {
    slot: new Float64Array(P * S),
    table: new Float64Array(S),
    max: new Float64Array(P),
    session: new Float64Array(P * N),
  };
}

/** A request's priority in a slot less the prices of the rows it uses there. */
export function reducedPriority(problem: Problem, prices: Prices): (r: number, s: number) => number {
  const S = problem.slotCount;
  const N = problem.sessionCount;
  return (r, s) => {
    const a = problem.a[r] as number;
    const b = problem.b[r] as number;
    const k = problem.slotSession[s] as number;
    return (
      (problem.weight[r] as number) -
      (prices.max[a] as number) -
      (prices.max[b] as number) -
      (prices.slot[a * S + s] as number) -
      (prices.slot[b * S + s] as number) -
      (prices.session[a * N + k] as number) -
      (prices.session[b * N + k] as number) -
      (problem.atTable[r] ? (prices.table[s] as number) : 0)
    );
  };
}

/**
 * A greedy pass guided by prices: requests by their best reduced priority (highest first), each into
 * the feasible slot where its reduced priority is highest.
 */
export function guidedGreedy(problem: Problem, reduced: (r: number, s: number) => number): Assignment {
  const assignment = withLocks(problem);
  const R = problem.requestCount;
  const score = new Float64Array(R);
  for (let r = 0; r < R; r++) {
    let best = Number.NEGATIVE_INFINITY;
    for (const s of problem.candidates[r] as Int32Array) best = Math.max(best, reduced(r, s));
    score[r] = best;
  }
  const order = Array.from({ length: R }, (_, r) => r).sort(
    (x, y) => (score[y] as number) - (score[x] as number) || x - y,
  );
  for (const r of order) {
    if (assignment.slotOf[r] !== -1) continue;
    let bestSlot = -1;
    let best = Number.NEGATIVE_INFINITY;
    for (const s of problem.candidates[r] as Int32Array) {
      if (!assignment.fits(r, s)) continue;
      const v = reduced(r, s);
      if (v > best) {
        best = v;
        bestSlot = s;
      }
    }
    if (bestSlot >= 0) assignment.place(r, bestSlot);
  }
  assignment.commit();
  return assignment;
}

/**
 * Lowers the bound from `start` prices (zero when absent) by subgradient steps until `deadline`
 * (performance.now() ms) or `maxIterations`; every few steps a greedy pass guided by the prices.
 */
export function lagrangianBound(
  problem: Problem,
  target: number,
  deadline: number,
  start?: Prices,
  maxIterations = 5000,
): LagrangianResult {
  const { slotCount: S, participantCount: P, sessionCount: N, requestCount: R } = problem;
  const prices = start ?? zeroPrices(problem);
  const slotPrice = prices.slot;
  const tablePrice = prices.table;
  const maxPrice = prices.max;
  const sessionPrice = prices.session;
  const slotUse = new Float64Array(P * S);
  const tableUse = new Float64Array(S);
  const maxUse = new Float64Array(P);
  const sessionUse = new Float64Array(P * N);
  const limited = Uint8Array.from(problem.maxMeetings, (m) => (m < UNLIMITED ? 1 : 0));
  const sessionLimited = Uint8Array.from(problem.maxPerSession, (m) => (m < UNLIMITED ? 1 : 0));
  // A row without a limit has no price: its right-hand side is not counted in the bound.
  for (let p = 0; p < P; p++) {
    if (!limited[p]) maxPrice[p] = 0;
    if (!sessionLimited[p]) sessionPrice.fill(0, p * N, (p + 1) * N);
  }
  let best = Number.POSITIVE_INFINITY;
  let theta = 0.5;
  let sinceBest = 0;
  let iterations = 0;
  let guided: Assignment | undefined;
  const reducedOf = reducedPriority(problem, prices);
  while (iterations < maxIterations && (iterations === 0 || performance.now() < deadline)) {
    iterations++;
    slotUse.fill(0);
    tableUse.fill(0);
    maxUse.fill(0);
    sessionUse.fill(0);
    let value = 0;
    for (let r = 0; r < R; r++) {
      const a = problem.a[r] as number;
      const b = problem.b[r] as number;
      const w = problem.weight[r] as number;
      const atTable = problem.atTable[r] as number;
      const locked = problem.lockedSlot[r] as number;
      const fixed = (maxPrice[a] as number) + (maxPrice[b] as number);
      let bestSlot = -1;
      let bestValue = 0;
      const reduced = (s: number) => {
        const k = problem.slotSession[s] as number;
        return (
          w -
          fixed -
          (slotPrice[a * S + s] as number) -
          (slotPrice[b * S + s] as number) -
          (sessionPrice[a * N + k] as number) -
          (sessionPrice[b * N + k] as number) -
          (atTable ? (tablePrice[s] as number) : 0)
        );
      };
      if (locked >= 0) {
        bestSlot = locked;
        bestValue = reduced(locked);
      } else {
        for (const s of problem.candidates[r] as Int32Array) {
          const v = reduced(s);
          if (v > bestValue) {
            bestValue = v;
            bestSlot = s;
          }
        }
      }
      if (bestSlot < 0) continue;
      value += bestValue;
      const k = problem.slotSession[bestSlot] as number;
      slotUse[a * S + bestSlot] = (slotUse[a * S + bestSlot] as number) + 1;
      slotUse[b * S + bestSlot] = (slotUse[b * S + bestSlot] as number) + 1;
      if (atTable) tableUse[bestSlot] = (tableUse[bestSlot] as number) + 1;
      maxUse[a] = (maxUse[a] as number) + 1;
      maxUse[b] = (maxUse[b] as number) + 1;
      sessionUse[a * N + k] = (sessionUse[a * N + k] as number) + 1;
      sessionUse[b * N + k] = (sessionUse[b * N + k] as number) + 1;
    }
    // The prices' side of the bound, and the subgradient (right-hand side less use) of each price.
    let norm = 0;
    const gradient = (
      price: Float64Array,
      use: Float64Array,
      rhs: (i: number) => number,
      active: (i: number) => boolean,
    ) => {
      for (let i = 0; i < price.length; i++) {
        if (!active(i)) continue;
        const g = rhs(i) - (use[i] as number);
        value += (price[i] as number) * rhs(i);
        // A price at zero with slack stays at zero: that direction does not count in the step.
        if (g < 0 || (price[i] as number) > 0) norm += g * g;
      }
    };
    gradient(
      slotPrice,
      slotUse,
      () => 1,
      () => true,
    );
    gradient(
      tablePrice,
      tableUse,
      (s) => problem.tables[s] as number,
      () => true,
    );
    gradient(
      maxPrice,
      maxUse,
      (p) => problem.maxMeetings[p] as number,
      (p) => limited[p] === 1,
    );
    gradient(
      sessionPrice,
      sessionUse,
      (i) => problem.maxPerSession[Math.floor(i / N)] as number,
      (i) => sessionLimited[Math.floor(i / N)] === 1,
    );
    if (value < best - 1e-9) {
      best = value;
      sinceBest = 0;
    } else if (++sinceBest >= 20) {
      theta /= 2;
      sinceBest = 0;
    }
    if (iterations % 25 === 0 && performance.now() < deadline) {
      const candidate = guidedGreedy(problem, reducedOf);
      if (!guided || candidate.total > guided.total) guided = candidate;
      if (candidate.total > target) target = candidate.total;
    }
    if (norm === 0 || best - target < 1 || theta < 1e-4) break;
    const step = (theta * Math.max(value - target, 1e-3)) / norm;
    const move = (
      price: Float64Array,
      use: Float64Array,
      rhs: (i: number) => number,
      active: (i: number) => boolean,
    ) => {
      for (let i = 0; i < price.length; i++) {
        if (!active(i)) continue;
        price[i] = Math.max(0, (price[i] as number) - step * (rhs(i) - (use[i] as number)));
      }
    };
    move(
      slotPrice,
      slotUse,
      () => 1,
      () => true,
    );
    move(
      tablePrice,
      tableUse,
      (s) => problem.tables[s] as number,
      () => true,
    );
    move(
      maxPrice,
      maxUse,
      (p) => problem.maxMeetings[p] as number,
      (p) => limited[p] === 1,
    );
    move(
      sessionPrice,
      sessionUse,
      (i) => problem.maxPerSession[Math.floor(i / N)] as number,
      (i) => sessionLimited[Math.floor(i / N)] === 1,
    );
  }
  return { bound: best, iterations, guided };
}
