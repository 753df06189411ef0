/**
 * The B2B meeting scheduler: checks the instance, builds a schedule by a greedy pass and local search,
 * then asks HiGHS for the exact optimum within the time left, starting from that schedule. It returns the
 * best schedule found — never worse than the greedy pass — and the best proven bound: the solver's, or
 * a combinatorial one when the solver had no time to prove one.
 */
import { combinatorialBound } from './bounds.js';
import { type Assignment, fromSlots, plainGreedy, scarcityGreedy } from './heuristic.js';
import { guidedGreedy, lagrangianBound, reducedPriority } from './lagrangian.js';
import { improve } from './local-search.js';
import { highsRuntime, solveMilp, solveRelaxation } from './milp.js';
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
  withMilp: { firstSearch: 0.1, relaxation: 0.45, prices: 0.5, secondSearch: 0.7 },
  withoutMilp: { firstSearch: 0.1, relaxation: 0.6, prices: 0.75, secondSearch: 0.95 },
};
/** Share of the budget kept for what follows the last step (numbering tables, output). */
const MARGIN = 0.05;

export async function schedule(instance: Instance, options: ScheduleOptions = {}): Promise<Schedule> {
  const started = performance.now();
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
  const at = (share: number) => started + budget * Math.min(share, 1 - MARGIN);
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
    // Priorities are integers, so a bound rounds down (a tolerance keeps 7.0000001 at 7).
    const rounded = Math.floor(value + 1e-6);
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
  if (best.total < upperBound && !options.heuristicOnly) {
    const relaxation = await solveRelaxation(problem, (at(steps.relaxation) - performance.now()) / 1000);
    trace(relaxation ? 'LP relaxation' : 'LP relaxation not solved in time');
    const prices = lagrangianBound(problem, best.total, at(steps.prices), relaxation?.prices);
    lower(prices.bound, 'lagrangian');
    take(prices.guided, 'guided');
    if (relaxation) {
      const reduced = reducedPriority(problem, relaxation.prices);
      take(
        guidedGreedy(problem, (r, s) => 1000 * relaxation.value(r, s) + reduced(r, s)),
        'guided',
      );
    }
  } else if (best.total < upperBound) {
    const prices = lagrangianBound(problem, best.total, at(steps.prices));
    lower(prices.bound, 'lagrangian');
    take(prices.guided, 'guided');
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
