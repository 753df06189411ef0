import type { Db, DbOrTx } from '../db/client.js';
import type { Clock } from './clock.js';

/**
 * Workflows as transition tables (ARCHITECTURE, rule 4), and the one way every module takes a step:
 * load → may the actor act → is the subject in a state the action leaves from → compare-and-set →
 * audit → notify, the writes in one transaction or none of them. A module supplies what is its own
 * (its repository, its checks, what it writes, whom it tells) as a `Workflow` definition.
 */

/** One action: the states it leaves from, the state it leads to, and the role that takes it. */
export type TransitionRule<State extends string, Role extends string> = {
  readonly from: readonly State[];
  readonly to: State;
  readonly by: Role;
};

export type TransitionTable<Action extends string, State extends string, Role extends string> = {
  readonly [A in Action]: TransitionRule<State, Role>;
};

/** The action's rule; an action the table does not list is a programming error, not a conflict. */
export function ruleOf<Action extends string, State extends string, Role extends string>(
  table: TransitionTable<Action, State, Role>,
  action: Action,
): TransitionRule<State, Role> {
  const rule = Object.hasOwn(table, action) ? table[action] : undefined;
  if (!rule) throw new Error(`The workflow has no action "${action}"`);
  return rule;
}

/** Where the action leads from this state, or null when the table does not allow it. */
export function nextState<Action extends string, State extends string, Role extends string>(
  table: TransitionTable<Action, State, Role>,
  action: Action,
  from: State,
): State | null {
  const rule = ruleOf(table, action);
  return rule.from.includes(from) ? rule.to : null;
}

/** Throws the module's conflict (`refuse`) unless the rule leaves from `current`. */
export function assertFromState<State extends string>(
  rule: TransitionRule<State, string>,
  current: State,
  refuse: () => Error,
): void {
  if (!rule.from.includes(current)) throw refuse();
}

/** A role's check of the actor against the subject: it returns when they may act, throws the module's error otherwise. */
export type Guard<Ctx, Actor, Row> = (ctx: Ctx, actor: Actor, row: Row) => Promise<void> | void;

export type Guards<Role extends string, Ctx, Actor, Row> = { readonly [R in Role]: Guard<Ctx, Actor, Row> };

/** Runs the guard of the role the rule names. */
export async function assertMayAct<Role extends string, Ctx, Actor, Row>(
  guards: Guards<Role, Ctx, Actor, Row>,
  rule: TransitionRule<string, Role>,
  ctx: Ctx,
  actor: Actor,
  row: Row,
): Promise<void> {
  const guard = Object.hasOwn(guards, rule.by) ? guards[rule.by] : undefined;
  if (!guard) throw new Error(`The workflow has no check for the role "${rule.by}"`);
  await guard(ctx, actor, row);
}

/** What the audit log records; the module's `recordAudit` takes it. */
export type AuditEntry = {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  summary?: Record<string, unknown>;
};

/** What a workflow needs of the application's context. */
export type WorkflowContext = { db: Db; clock: Clock };

/** The types one workflow works with; `plan` is what one call asks to write (all of it optional). */
export type WorkflowTypes = {
  ctx: WorkflowContext;
  /** Who acts; null when the system does (a scheduled job). */
  actor: { userId: string } | null;
  row: { state: string };
  action: string;
  role: string;
  /** What the module reads before the transaction. */
  prepared: unknown;
  plan: { patch?: object };
};

type StateOf<T extends WorkflowTypes> = T['row']['state'];

/** The step being taken, as the module's hooks see it before the change. */
export type Step<T extends WorkflowTypes> = {
  actor: T['actor'];
  action: T['action'];
  rule: TransitionRule<StateOf<T>, T['role']>;
  /** The subject as read before the step. */
  before: T['row'];
  prepared: T['prepared'];
  /** When the step is taken (read once from the clock). */
  now: Date;
};

/** The step once the subject changed: `row` is the subject as written. */
export type Done<T extends WorkflowTypes> = Step<T> & { row: T['row']; plan: T['plan'] };

export type Workflow<T extends WorkflowTypes> = {
  table: TransitionTable<T['action'], StateOf<T>, T['role']>;
  /** The audit log's subject type (`opportunity`, `status_application`). */
  subjectType: string;
  /** Reads the subject; inside the transaction too, to name the state that won a race. */
  find(handle: DbOrTx, id: string): Promise<T['row'] | undefined>;
  /** The repository's conditional UPDATE: writes only if the subject is still as `seen`; nothing when it is not. */
  compareAndSet(tx: DbOrTx, seen: T['row'], changes: Partial<T['row']>): Promise<T['row'] | undefined>;
  /** The check of each role in the table. */
  mayAct: Guards<T['role'], T['ctx'], T['actor'], T['row']>;
  errors: {
    notFound(): Error;
    /** The subject is not in a state the action leaves from. */
    stateConflict(current: T['row']): Error;
    /** Another change won the race; `now` is the subject as that change left it. */
    changed(now: T['row'] | undefined): Error;
  };
  /**
   * Checks and reads of the module before the transaction (whom to tell, settings): PGlite has a single
   * connection, so nothing is read on `ctx.db` while the transaction is open.
   */
  prepare?(ctx: T['ctx'], step: Omit<Step<T>, 'prepared' | 'now'>): Promise<T['prepared']> | T['prepared'];
  /** Columns every step writes besides the state (when it was updated, who decided). */
  stamp?(step: Step<T>): Partial<T['row']>;
  /** What else the step writes with the change (a message, a status, a conversation). */
  alongside?(tx: DbOrTx, ctx: T['ctx'], done: Done<T>): Promise<void>;
  audit: {
    record(tx: DbOrTx, clock: Clock, entry: AuditEntry): Promise<void>;
    entry(done: Done<T>): { action: string; summary: Record<string, unknown> };
  };
  /** Notifications and jobs, enqueued in the same transaction. */
  notify?(tx: DbOrTx, ctx: T['ctx'], done: Done<T>): Promise<void>;
};

export type TransitionInput<T extends WorkflowTypes> = {
  actor: T['actor'];
  id: string;
  action: T['action'];
  /** What this call writes, decided inside the transaction before the compare-and-set; it may refuse. */
  plan?(tx: DbOrTx, step: Step<T>): Promise<T['plan']> | T['plan'];
};

/** Loads the subject and refuses the step before anything is written: not found, may not act, wrong state. */
export async function checkTransition<T extends WorkflowTypes>(
  workflow: Workflow<T>,
  ctx: T['ctx'],
  input: Pick<TransitionInput<T>, 'actor' | 'id' | 'action'>,
): Promise<Omit<Step<T>, 'prepared' | 'now'>> {
  const before = await workflow.find(ctx.db, input.id);
  if (!before) throw workflow.errors.notFound();
  const rule = ruleOf(workflow.table, input.action);
  await assertMayAct(workflow.mayAct, rule, ctx, input.actor, before);
  assertFromState(rule, before.state, () => workflow.errors.stateConflict(before));
  return { actor: input.actor, action: input.action, rule, before };
}

/**
 * Takes one step of the workflow, or nothing at all: the checks and the module's reads first, then
 * in one transaction the plan, the compare-and-set on what was read (of two people acting at once,
 * one wins and the other gets `errors.changed`), what goes alongside, the audit entry and the
 * notifications. Returns the subject as written.
 */
export async function runTransition<T extends WorkflowTypes>(
  workflow: Workflow<T>,
  ctx: T['ctx'],
  input: TransitionInput<T>,
): Promise<T['row']> {
  const checked = await checkTransition(workflow, ctx, input);
  const prepared = (await workflow.prepare?.(ctx, checked)) as T['prepared'];
  const step: Step<T> = { ...checked, prepared, now: ctx.clock.now() };
  return ctx.db.transaction(async (tx) => {
    const plan = (await input.plan?.(tx, step)) ?? ({} as T['plan']);
    const changes = { ...plan.patch, state: step.rule.to, ...workflow.stamp?.(step) } as Partial<T['row']>;
    const row = await workflow.compareAndSet(tx, step.before, changes);
    if (!row) throw workflow.errors.changed(await workflow.find(tx, input.id));
    const done: Done<T> = { ...step, row, plan };
    await workflow.alongside?.(tx, ctx, done);
    const { action, summary } = workflow.audit.entry(done);
    await workflow.audit.record(tx, ctx.clock, {
      actorUserId: input.actor?.userId ?? null,
      action,
      subjectType: workflow.subjectType,
      subjectId: input.id,
      summary,
    });
    await workflow.notify?.(tx, ctx, done);
    return row;
  });
}
