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

/** Points of the budget (shares, cumulative) where each step must have ended; HiGHS' MILP has the rest. */
const FIRST_SEARCH = 0.1;
const RELAXATION = 0.45;
const PRICES = 0.5;
const SECOND_SEARCH = 0.7;

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
  const at = (share: number) => started + budget * share;
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
    improve(problem, best, at(FIRST_SEARCH));
    if (best.total > before) method = 'local-search';
  }
  if (best.total < upperBound && !options.heuristicOnly) {
    const relaxation = await solveRelaxation(problem, (at(RELAXATION) - performance.now()) / 1000);
    const prices = lagrangianBound(problem, best.total, at(PRICES), relaxation?.prices);
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
    const prices = lagrangianBound(problem, best.total, at(PRICES));
    lower(prices.bound, 'lagrangian');
    take(prices.guided, 'guided');
  }
  if (best.total < upperBound) {
    const before = best.total;
    improve(problem, best, at(SECOND_SEARCH));
    if (best.total > before) method = 'local-search';
  }
  if (!options.heuristicOnly && best.total < upperBound) {
    // Keep a little of the budget for what follows the solve.
    const left = (budget - (performance.now() - started)) / 1000 - 0.2;
    if (left > 0.1) {
      const milp = await solveMilp(problem, best.slotOf, left);
      take(milp.slots ? fromSlots(problem, milp.slots) : undefined, 'milp');
      if (milp.bound !== undefined) lower(milp.bound, 'milp');
    }
  }
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
