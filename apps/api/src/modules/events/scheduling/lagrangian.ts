/**
 * A proven bound from Lagrangian relaxation, for events too large for the LP in the time given: the
 * bound of any prices of the shared rows (prices.ts), lowered by subgradient steps (Polyak's rule towards
 * the best schedule known) from a start — the LP's duals, an interrupted interior-point iterate, or the
 * coordinate descent's prices (dual-descent.ts). Every iterate is a valid bound; the best prices are
 * kept and returned, so that a later call can go on from them. Every few steps a greedy pass guided by
 * the prices gives a schedule.
 */
import { type Assignment, withLocks } from './heuristic.js';
import {
  copyPrices,
  evaluate,
  type Prices,
  reducedPriority,
  rowFamilies,
  subgradientStep,
  zeroPrices,
} from './prices.js';
import type { Problem } from './problem.js';

export interface LagrangianResult {
  bound: number;
  iterations: number;
  /** The prices that prove `bound`. */
  prices: Prices;
  /** The best schedule of the greedy passes guided by the prices. */
  guided?: Assignment;
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

export interface LagrangianOptions {
  /** Prices to start from (zero when absent); not changed. */
  start?: Prices;
  maxIterations?: number;
  /** Polyak's step factor at the start; halved after 20 steps without a better bound. */
  theta?: number;
  /** Steps between two guided greedy passes. */
  guideEvery?: number;
}

/**
 * Lowers the bound from the start prices by subgradient steps until `deadline` (performance.now() ms),
 * `maxIterations`, or a bound less than 1 above `target` (the best total known: priorities are integers).
 */
export function lagrangianBound(
  problem: Problem,
  target: number,
  deadline: number,
  options: LagrangianOptions = {},
): LagrangianResult {
  const { start, maxIterations = 5000, guideEvery = 25 } = options;
  const prices = start ? copyPrices(start) : zeroPrices(problem);
  const families = rowFamilies(problem, prices);
  const reducedOf = reducedPriority(problem, prices);
  let best = Number.POSITIVE_INFINITY;
  let bestPrices = copyPrices(prices);
  let theta = options.theta ?? 0.5;
  let sinceBest = 0;
  let iterations = 0;
  let guided: Assignment | undefined;
  while (iterations < maxIterations && (iterations === 0 || performance.now() < deadline)) {
    iterations++;
    const { value, norm } = evaluate(problem, families);
    if (value < best - 1e-9) {
      best = value;
      bestPrices = copyPrices(prices);
      sinceBest = 0;
    } else if (++sinceBest >= 20) {
      theta /= 2;
      sinceBest = 0;
    }
    if (iterations % guideEvery === 1 && performance.now() < deadline) {
      const candidate = guidedGreedy(problem, reducedOf);
      if (!guided || candidate.total > guided.total) guided = candidate;
      if (candidate.total > target) target = candidate.total;
    }
    if (norm === 0 || best - target < 1 || theta < 1e-4) break;
    subgradientStep(families, (theta * Math.max(value - target, 1e-3)) / norm);
  }
  return { bound: best, iterations, prices: bestPrices, guided };
}
