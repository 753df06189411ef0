/**
 * The exact model, solved by HiGHS (compiled to WebAssembly): x[r,s] = 1 when request r takes slot s,
 * one variable for each slot where both sides are available (a locked request has only its slot, fixed
 * to 1). Rows: each request at most once; each participant at most one meeting per slot; each slot at
 * most its tables (meetings at a booth take none); each participant's maximum, overall and per session.
 * Objective: the total priority, maximised. Rows that cannot bind are left out.
 */
import loadHighs, { type Highs } from 'highs';
import { type Prices, zeroPrices } from './prices.js';
import type { Problem } from './problem.js';

let runtime: Promise<Highs> | undefined;
/** The WebAssembly runtime, loaded once per process. */
export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

export interface MilpResult {
  /** Slots found by the solver (-1 = left out), when it has a feasible solution. */
  slots?: Int32Array;
  /** The solver's proven bound on the total priority (the dual bound), when it has one. */
  bound?: number;
  optimal: boolean;
  status: string;
}

interface Columns {
  request: Int32Array;
  slot: Int32Array;
  count: number;
}

function columnsOf(problem: Problem): Columns {
  let count = 0;
  for (let r = 0; r < problem.requestCount; r++) {
    count += (problem.lockedSlot[r] as number) >= 0 ? 1 : (problem.candidates[r]?.length ?? 0);
  }
  const request = new Int32Array(count);
  const slot = new Int32Array(count);
  let j = 0;
  for (let r = 0; r < problem.requestCount; r++) {
    const locked = problem.lockedSlot[r] as number;
    const slots = locked >= 0 ? [locked] : (problem.candidates[r] as Int32Array);
    for (const s of slots) {
      request[j] = r;
      slot[j] = s;
      j++;
    }
  }
  return { request, slot, count };
}

/** The rows of one family: a key per column (-1 = none), a right-hand side per key; rows only where they bind. */
class RowFamily {
  readonly row: Int32Array;
  constructor(
    keys: number,
    readonly rhs: (key: number) => number,
  ) {
    this.row = new Int32Array(keys).fill(-1);
  }
}

/** Builds the CSC model with its rows; returns it and the column map. */
function buildModel(problem: Problem, highs: Highs) {
  const { slotCount: S, participantCount: P, sessionCount: N } = problem;
  const cols = columnsOf(problem);
  const a = (j: number) => problem.a[cols.request[j] as number] as number;
  const b = (j: number) => problem.b[cols.request[j] as number] as number;
  const sOf = (j: number) => cols.slot[j] as number;
  const kOf = (j: number) => problem.slotSession[sOf(j)] as number;
  const families: { family: RowFamily; keys: (j: number) => number[] }[] = [
    { family: new RowFamily(problem.requestCount, () => 1), keys: (j) => [cols.request[j] as number] },
    { family: new RowFamily(P * S, () => 1), keys: (j) => [a(j) * S + sOf(j), b(j) * S + sOf(j)] },
    {
      family: new RowFamily(S, (s) => problem.tables[s] as number),
      keys: (j) => (problem.atTable[cols.request[j] as number] ? [sOf(j)] : []),
    },
    { family: new RowFamily(P, (p) => problem.maxMeetings[p] as number), keys: (j) => [a(j), b(j)] },
    {
      family: new RowFamily(P * N, (key) => problem.maxPerSession[Math.floor(key / N)] as number),
      keys: (j) => [a(j) * N + kOf(j), b(j) * N + kOf(j)],
    },
  ];
  // A row binds only when more columns meet in it than its right-hand side.
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  for (const { family, keys } of families) {
    const seen = new Int32Array(family.row.length);
    for (let j = 0; j < cols.count; j++) for (const key of keys(j)) seen[key] = (seen[key] as number) + 1;
    seen.forEach((n, key) => {
      if (n > family.rhs(key)) {
        family.row[key] = rowLower.length;
        rowLower.push(-highs.infinity);
        rowUpper.push(family.rhs(key));
      }
    });
  }
  const starts = new Int32Array(cols.count + 1);
  const indices: number[] = [];
  for (let j = 0; j < cols.count; j++) {
    for (const { family, keys } of families) {
      for (const key of keys(j)) {
        const row = family.row[key] as number;
        if (row >= 0) indices.push(row);
      }
    }
    starts[j + 1] = indices.length;
  }
  const colCost = Float64Array.from(cols.request, (r) => problem.weight[r] as number);
  const colLower = Float64Array.from(cols.request, (r) => ((problem.lockedSlot[r] as number) >= 0 ? 1 : 0));
  return {
    cols,
    rows: families.map((f) => f.family.row),
    model: {
      numCols: cols.count,
      numRows: rowLower.length,
      sense: highs.constants.objectiveSense.maximize,
      colCost,
      colLower,
      colUpper: new Float64Array(cols.count).fill(1),
      rowLower: Float64Array.from(rowLower),
      rowUpper: Float64Array.from(rowUpper),
      matrix: {
        format: 'csc' as const,
        numRows: rowLower.length,
        numCols: cols.count,
        starts,
        indices: Int32Array.from(indices),
        values: new Float64Array(indices.length).fill(1),
      },
      integrality: new Int32Array(cols.count).fill(highs.constants.variableType.integer),
    },
  };
}

export interface Relaxation {
  /** The LP's row prices, for a bound proven by weak duality (see lagrangian.ts). */
  prices: Prices;
  /** The LP's value of x[r,s]: value(r, s). */
  value: (r: number, s: number) => number;
}

/**
 * Solves the LP relaxation by HiGHS' first-order method (PDLP) until `deadline` (performance.now() ms): on the benchmark's
 * instances it is two to three times as fast as the interior-point method, and when the time limit stops
 * it, its last iterate still gives prices. Its objective is not trusted as a bound: the caller proves one
 * from its row duals (prices.ts), whatever their quality.
 */
export async function solveRelaxation(
  problem: Problem,
  deadline: number,
  cpuShare = 1,
): Promise<Relaxation | undefined> {
  const highs = await highsRuntime();
  const { cols, rows, model } = buildModel(problem, highs);
  if (cols.count === 0) return undefined;
  return highs.withModel({ ...model, integrality: undefined }, (m) => {
    // HiGHS counts its limit from the start of its own run: the time left is taken once the model is in,
    // less a tenth for reading the solution out. PDLP's clock counts processor time, not the wall's
    // (no interrupt callback reaches it): on a busy machine, the limit is scaled by the share of a
    // processor this process has had (`cpuShare`).
    const seconds = (0.9 * cpuShare * (deadline - performance.now())) / 1000;
    m.options.set({ output_flag: false, time_limit: Math.max(0.05, seconds), solver: 'pdlp' });
    m.run();
    // Stopped by the time limit, PDLP still has its last iterate: any prices prove a bound (prices.ts).
    const { colValue, rowDual } = m.getSolution();
    if (!rowDual || rowDual.length !== model.numRows) return undefined;
    // The sign of a dual follows HiGHS' conventions for the sense; the prices are its size, never negative.
    let sum = 0;
    for (const d of rowDual) sum += d;
    const sign = sum < 0 ? -1 : 1;
    const prices = zeroPrices(problem);
    const targets = [undefined, prices.slot, prices.table, prices.max, prices.session];
    rows.forEach((row, f) => {
      const target = targets[f];
      if (!target) return;
      row.forEach((i, key) => {
        if (i < 0) return;
        const dual = sign * (rowDual[i] ?? 0);
        target[key] = Number.isFinite(dual) ? Math.max(0, dual) : 0;
      });
    });
    const values = new Map<number, number>();
    for (let j = 0; j < cols.count; j++) {
      const v = colValue[j] ?? 0;
      if (v > 1e-6) values.set((cols.request[j] as number) * problem.slotCount + (cols.slot[j] as number), v);
    }
    return { prices, value: (r: number, s: number) => values.get(r * problem.slotCount + s) ?? 0 };
  });
}

/** Solves the model within `seconds`, starting from `start` (a feasible schedule). */
export async function solveMilp(problem: Problem, start: Int32Array, seconds: number): Promise<MilpResult> {
  const highs = await highsRuntime();
  const { cols, model } = buildModel(problem, highs);
  if (cols.count === 0) return { slots: start.slice(), bound: 0, optimal: true, status: 'empty' };
  return highs.withModel(model, (m) => {
    m.options.set({
      output_flag: false,
      time_limit: Math.max(0.05, seconds),
      mip_rel_gap: 0,
      // Priorities are integers: a gap under 1 proves the optimum.
      mip_abs_gap: 0.999,
    });
    {
      const colValue = new Float64Array(cols.count);
      for (let j = 0; j < cols.count; j++) colValue[j] = start[cols.request[j] as number] === cols.slot[j] ? 1 : 0;
      m.setSolution({ colValue });
    }
    // HiGHS counts its limit from the start of its own run; the interrupts hold the caller's deadline.
    const deadline = performance.now() + seconds * 1000;
    const stop = (event: { interrupt(): void }) => {
      if (performance.now() > deadline) event.interrupt();
      return undefined;
    };
    const types = highs.constants.callbackType;
    m.run({ [types.simplexInterrupt]: stop, [types.ipmInterrupt]: stop, [types.mipInterrupt]: stop });
    const code = m.getModelStatus();
    const status = Object.entries(highs.constants.modelStatus).find(([, v]) => v === code)?.[0] ?? String(code);
    const optimal = code === highs.constants.modelStatus.optimal;
    const result: MilpResult = { optimal, status };
    const dual = Number(m.info.get('mip_dual_bound'));
    if (Number.isFinite(dual)) result.bound = dual;
    if (Number(m.info.get('primal_solution_status')) === highs.constants.solutionStatus.feasible) {
      const { colValue } = m.getSolution();
      const slots = new Int32Array(problem.requestCount).fill(-1);
      for (let j = 0; j < cols.count; j++) {
        if ((colValue[j] ?? 0) > 0.5) slots[cols.request[j] as number] = cols.slot[j] as number;
      }
      result.slots = slots;
    }
    return result;
  });
}
