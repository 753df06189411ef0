/**
 * The B2B meeting scheduler: checks the instance, builds a schedule by a greedy pass and local search,
 * then asks HiGHS for the exact optimum within the time left, starting from that schedule. It returns the
 * best schedule found — never worse than the greedy pass — and the best proven bound: the solver's, or
 * a combinatorial one when the solver had no time to prove one.
 */
import { combinatorialBound } from './bounds.js';
import { dualDescent } from './dual-descent.js';
import { type Assignment, fromSlots, plainGreedy, scarcityGreedy } from './heuristic.js';
import { guidedGreedy, lagrangianBound } from './lagrangian.js';
import { improve } from './local-search.js';
import { highsRuntime, type Relaxation, solveMilp, solveRelaxation } from './milp.js';
import { boundOf, capacityPrices, type Prices, reducedPriority } from './prices.js';
import { buildProblem } from './problem.js';
import type { Instance, Schedule, ScheduleOptions, ScheduleStats } from './scheduling.types.js';
import { assignTables } from './tables.js';

/**
 * Points of the budget (shares, cumulative) where each step must have ended; HiGHS' MILP has the rest.
 * A model with more columns than MILP_COLUMNS skips the MILP (WebAssembly HiGHS does not get past its
 * root in a minute there): the LP, the prices and the local search share the whole budget.
 */
const MILP_COLUMNS = 40_000;
const STEPS = {
  withMilp: { firstSearch: 0.1, descent: 0.15, relaxation: 0.5, prices: 0.55, secondSearch: 0.75 },
  withoutMilp: { firstSearch: 0.1, descent: 0.15, relaxation: 0.6, prices: 0.7, secondSearch: 0.95 },
};
/** Time kept for what follows the last step (numbering tables, output): 5% of the budget, at least 0.4 s up to 10%. */
const margin = (budget: number) => Math.min(0.1 * budget, Math.max(0.05 * budget, 400));

export async function schedule(instance: Instance, options: ScheduleOptions = {}): Promise<Schedule> {
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const budget = (options.timeLimitSeconds ?? 60) * 1000;
  const problem = buildProblem(instance);
  // The solver's WebAssembly compiles while the heuristics run.
  if (!options.heuristicOnly) void highsRuntime().catch(() => undefined);
  const plain = plainGreedy(problem);
  const scarce = scarcityGreedy(problem);
  let best: Assignment = scarce.total > plain.total ? scarce : plain;
  let method: ScheduleStats['method'] = 'greedy';
  let upperBound = combinatorialBound(problem);
  let bound: ScheduleStats['bound'] = 'combinatorial';
  let columns = 0;
  for (const c of problem.candidates) columns += c.length;
  const milp = !options.heuristicOnly && columns <= MILP_COLUMNS;
  const steps = milp ? STEPS.withMilp : STEPS.withoutMilp;
  const at = (share: number) => started + Math.min(budget * share, budget - margin(budget));
  const trace = (step: string) => {
    const s = ((performance.now() - started) / 1000).toFixed(2);
    options.trace?.(`${s} s ${step}: total ${best.total}, bound ${upperBound}`);
  };
  const take = (candidate: Assignment | undefined, how: ScheduleStats['method']) => {
    if (candidate && candidate.total > best.total) {
      best = candidate;
      method = how;
    }
  };
  const lower = (value: number, how: ScheduleStats['bound']) => {
    // Priorities are integers, so a bound rounds down; the tolerance, relative to the bound's size (sums
    // of large priorities carry rounding errors, HiGHS' dual bound its tolerances), keeps 6.9999999 at 7.
    const rounded = Math.floor(value + Math.max(1e-6, 1e-7 * Math.abs(value)));
    if (rounded < upperBound) {
      upperBound = rounded;
      bound = how;
    }
  };
  if (best.total < upperBound) {
    const before = best.total;
    improve(problem, best, at(steps.firstSearch));
    if (best.total > before) method = 'local-search';
  }
  trace('greedy and local search');
  let start: Prices | undefined;
  if (best.total < upperBound) {
    // A bound in a fraction of a second, whatever comes next: coordinate descent from capacity prices.
    start = capacityPrices(problem);
    lower(dualDescent(problem, start, at(steps.descent)), 'lagrangian');
    trace('coordinate descent');
  }
  let relaxation: Relaxation | undefined;
  if (start && best.total < upperBound && !options.heuristicOnly) {
    const elapsed = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    const cpuShare = Math.min(1, Math.max(0.1, (cpu.user + cpu.system) / 1000 / Math.max(elapsed, 1)));
    relaxation = await solveRelaxation(problem, at(steps.relaxation), cpuShare);
    trace(relaxation ? 'LP relaxation' : 'LP relaxation not solved');
  }
  if (start && best.total < upperBound) {
    // The subgradient goes on from the better prices: the LP's (near the optimum: small steps) or the descent's.
    const fromLp = relaxation ? boundOf(problem, relaxation.prices) : Number.POSITIVE_INFINITY;
    lower(fromLp, 'lagrangian');
    const prices = lagrangianBound(
      problem,
      best.total,
      at(steps.prices),
      relaxation && fromLp <= upperBound ? { start: relaxation.prices, theta: 0.05 } : { start, theta: 0.2 },
    );
    lower(prices.bound, 'lagrangian');
    take(prices.guided, 'guided');
    if (relaxation) {
      const { value } = relaxation;
      const reduced = reducedPriority(problem, relaxation.prices);
      take(
        guidedGreedy(problem, (r, s) => 1000 * value(r, s) + reduced(r, s)),
        'guided',
      );
    }
  }
  trace('prices');
  if (best.total < upperBound) {
    const before = best.total;
    improve(problem, best, at(steps.secondSearch));
    if (best.total > before) method = 'local-search';
  }
  trace('second local search');
  if (milp && best.total < upperBound) {
    const left = (at(1) - performance.now()) / 1000;
    if (left > 0.1) {
      const solved = await solveMilp(problem, best.slotOf, left);
      take(solved.slots ? fromSlots(problem, solved.slots) : undefined, 'milp');
      if (solved.bound !== undefined) lower(solved.bound, 'milp');
    }
  }
  trace(`MILP ended`);
  upperBound = Math.max(upperBound, best.total);
  const slots = best.slotOf;
  const meetings = assignTables(problem, slots);
  const unscheduled = instance.requests.filter((_, r) => slots[r] === -1).map((r) => r.id);
  return {
    meetings,
    unscheduled,
    stats: {
      scheduled: meetings.length,
      priority: best.total,
      upperBound,
      gap: upperBound > 0 ? (upperBound - best.total) / upperBound : 0,
      method,
      bound,
      optimal: best.total >= upperBound,
      seconds: Math.round(performance.now() - started) / 1000,
    },
  };
}
