/**
 * Prices of the model's shared rows and the bound they prove. Every shared row — a participant in a
 * slot, a slot's tables, a participant's maximum overall and per session — gets a price y >= 0; then for
 * any prices
 *
 *   total priority <= sum of y * right-hand side + sum over requests of max(0, best reduced priority),
 *
 * where a request's reduced priority in slot s is its priority less the prices of the rows it uses there
 * (a locked request counts its reduced priority in its slot as it is). That is weak duality: whatever
 * produced the prices (an interior-point iterate, a subgradient step, a coordinate descent), the value
 * computed here is a proven bound.
 */
import type { Problem } from './problem.js';
import { UNLIMITED } from './problem.js';

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

export function copyPrices(prices: Prices): Prices {
  return {
    slot: prices.slot.slice(),
    table: prices.table.slice(),
    max: prices.max.slice(),
    session: prices.session.slice(),
  };
}

/** One family of rows: its prices, right-hand sides, whether each row exists (a limit), and its use. */
export interface RowFamily {
  price: Float64Array;
  rhs: Float64Array;
  active: Uint8Array;
  use: Float64Array;
}

/** The four families of `prices`, in the order slot, table, max, session; a row without a limit gets price 0. */
export function rowFamilies(problem: Problem, prices: Prices): RowFamily[] {
  const N = problem.sessionCount;
  const family = (price: Float64Array, rhs: (i: number) => number): RowFamily => {
    const rhsOf = Float64Array.from({ length: price.length }, (_, i) => rhs(i));
    const active = Uint8Array.from(rhsOf, (v) => (v < UNLIMITED ? 1 : 0));
    for (let i = 0; i < price.length; i++) if (!active[i]) price[i] = 0;
    return { price, rhs: rhsOf, active, use: new Float64Array(price.length) };
  };
  return [
    family(prices.slot, () => 1),
    family(prices.table, (s) => problem.tables[s] as number),
    family(prices.max, (p) => problem.maxMeetings[p] as number),
    family(prices.session, (i) => problem.maxPerSession[Math.floor(i / N)] as number),
  ];
}

/** A request's priority in a slot less the prices of the rows it uses there. */
export function reducedPriority(problem: Problem, prices: Prices): (r: number, s: number) => number {
  const S = problem.slotCount;
  const N = problem.sessionCount;
  const { slot, table, max, session } = prices;
  return (r, s) => {
    const a = problem.a[r] as number;
    const b = problem.b[r] as number;
    const k = problem.slotSession[s] as number;
    return (
      (problem.weight[r] as number) -
      (max[a] as number) -
      (max[b] as number) -
      (slot[a * S + s] as number) -
      (slot[b * S + s] as number) -
      (session[a * N + k] as number) -
      (session[b * N + k] as number) -
      (problem.atTable[r] ? (table[s] as number) : 0)
    );
  };
}

/**
 * The bound proven by the prices of `families` (as returned by `rowFamilies`). Fills each family's `use`
 * with the rows' use by the requests' best slots (for the subgradient) and returns the bound and the
 * squared norm of the subgradient (right-hand side less use), a price at zero with slack not counted.
 */
export function evaluate(problem: Problem, families: RowFamily[]): { value: number; norm: number } {
  const { slotCount: S, sessionCount: N, requestCount: R } = problem;
  const [slotRows, tableRows, maxRows, sessionRows] = families as [RowFamily, RowFamily, RowFamily, RowFamily];
  const slotPrice = slotRows.price;
  const tablePrice = tableRows.price;
  const maxPrice = maxRows.price;
  const sessionPrice = sessionRows.price;
  for (const f of families) f.use.fill(0);
  let value = 0;
  for (let r = 0; r < R; r++) {
    const a = problem.a[r] as number;
    const b = problem.b[r] as number;
    const atTable = problem.atTable[r] as number;
    const locked = problem.lockedSlot[r] as number;
    const fixed = (problem.weight[r] as number) - (maxPrice[a] as number) - (maxPrice[b] as number);
    // Written out, not as a closure: one made per request costs more than the arithmetic.
    let bestSlot = -1;
    let bestValue = 0;
    const slots = locked >= 0 ? undefined : (problem.candidates[r] as Int32Array);
    const n = slots ? slots.length : 1;
    for (let j = 0; j < n; j++) {
      const s = slots ? (slots[j] as number) : locked;
      const k = problem.slotSession[s] as number;
      const v =
        fixed -
        (slotPrice[a * S + s] as number) -
        (slotPrice[b * S + s] as number) -
        (sessionPrice[a * N + k] as number) -
        (sessionPrice[b * N + k] as number) -
        (atTable ? (tablePrice[s] as number) : 0);
      // A locked request counts in its slot whatever its reduced priority.
      if (v > bestValue || !slots) {
        bestValue = v;
        bestSlot = s;
      }
    }
    if (bestSlot < 0) continue;
    value += bestValue;
    const k = problem.slotSession[bestSlot] as number;
    slotRows.use[a * S + bestSlot] = (slotRows.use[a * S + bestSlot] as number) + 1;
    slotRows.use[b * S + bestSlot] = (slotRows.use[b * S + bestSlot] as number) + 1;
    if (atTable) tableRows.use[bestSlot] = (tableRows.use[bestSlot] as number) + 1;
    maxRows.use[a] = (maxRows.use[a] as number) + 1;
    maxRows.use[b] = (maxRows.use[b] as number) + 1;
    sessionRows.use[a * N + k] = (sessionRows.use[a * N + k] as number) + 1;
    sessionRows.use[b * N + k] = (sessionRows.use[b * N + k] as number) + 1;
  }
  let norm = 0;
  for (const { price, rhs, active, use } of families) {
    for (let i = 0; i < price.length; i++) {
      if (!active[i]) continue;
      const g = (rhs[i] as number) - (use[i] as number);
      value += (price[i] as number) * (rhs[i] as number);
      if (g < 0 || (price[i] as number) > 0) norm += g * g;
    }
  }
  return { value, norm };
}

/** One subgradient step: each price moves against its row's slack by `step`, and stays non-negative. */
export function subgradientStep(families: RowFamily[], step: number): void {
  for (const { price, rhs, active, use } of families) {
    for (let i = 0; i < price.length; i++) {
      if (!active[i]) continue;
      price[i] = Math.max(0, (price[i] as number) - step * ((rhs[i] as number) - (use[i] as number)));
    }
  }
}

/** The bound proven by `prices` (a copy is evaluated; `prices` is not changed). */
export function boundOf(problem: Problem, prices: Prices): number {
  return evaluate(problem, rowFamilies(problem, copyPrices(prices))).value;
}

/**
 * Prices that prove about the combinatorial bound (bounds.ts), as a start for the subgradient that is
 * far better than zero: each participant's capacity is priced at half the weight of the first request
 * beyond it (the (c+1)-th heaviest of theirs), on whichever of their rows gives the least capacity —
 * the maximum overall, the maximum per session, or the slots where they can meet.
 */
export function capacityPrices(problem: Problem): Prices {
  const { slotCount: S, participantCount: P, sessionCount: N, requestCount: R } = problem;
  const prices = zeroPrices(problem);
  const weights: number[][] = Array.from({ length: P }, () => []);
  const slotsOf = Array.from({ length: P }, () => new Uint8Array(S));
  for (let r = 0; r < R; r++) {
    const locked = problem.lockedSlot[r] as number;
    const slots = locked >= 0 ? [locked] : Array.from(problem.candidates[r] as Int32Array);
    if (slots.length === 0) continue;
    for (const p of [problem.a[r] as number, problem.b[r] as number]) {
      weights[p]?.push(problem.weight[r] as number);
      for (const s of slots) (slotsOf[p] as Uint8Array)[s] = 1;
    }
  }
  for (let p = 0; p < P; p++) {
    const own = slotsOf[p] as Uint8Array;
    const perSession = new Int32Array(N);
    let slots = 0;
    for (let s = 0; s < S; s++) {
      if (!own[s]) continue;
      slots++;
      const k = problem.slotSession[s] as number;
      perSession[k] = (perSession[k] as number) + 1;
    }
    const limit = problem.maxPerSession[p] as number;
    let sessions = 0;
    for (const n of perSession) if (n > 0) sessions += limit < UNLIMITED ? limit : n;
    const max = problem.maxMeetings[p] as number;
    const capacity = Math.min(slots, sessions, max);
    const sorted = (weights[p] as number[]).sort((x, y) => y - x);
    if (sorted.length <= capacity) continue;
    const price = (sorted[capacity] as number) / 2;
    if (capacity === max) prices.max[p] = price;
    else if (capacity === sessions && limit < UNLIMITED) {
      for (let k = 0; k < N; k++) if ((perSession[k] as number) > 0) prices.session[p * N + k] = price;
    } else for (let s = 0; s < S; s++) if (own[s]) prices.slot[p * S + s] = price;
  }
  return prices;
}
