import { describe, expect, it } from 'vitest';
import type { Db, DbOrTx } from '../db/client.js';
import { ManualClock } from './clock.js';
import {
  type AuditEntry,
  assertFromState,
  assertMayAct,
  checkTransition,
  nextState,
  ruleOf,
  runTransition,
  type TransitionTable,
  type Workflow,
} from './workflow.js';

// A small workflow of its own, so the helper is tested apart from any module.
type State = 'draft' | 'open' | 'closed';
type Action = 'open' | 'close' | 'reopen' | 'expire';
type Role = 'author' | 'moderator' | 'system';

const TABLE: TransitionTable<Action, State, Role> = {
  open: { from: ['draft'], to: 'open', by: 'author' },
  close: { from: ['draft', 'open'], to: 'closed', by: 'author' },
  reopen: { from: ['closed'], to: 'open', by: 'moderator' },
  expire: { from: ['open'], to: 'closed', by: 'system' },
};

class Refused extends Error {}

describe('the transition table', () => {
  it('finds the rule of each action', () => {
    expect(ruleOf(TABLE, 'reopen')).toEqual({ from: ['closed'], to: 'open', by: 'moderator' });
  });

  it('treats an action the table does not list as a programming error', () => {
    expect(() => ruleOf(TABLE, 'archive' as Action)).toThrow('no action "archive"');
    // Not an inherited property of the table either.
    expect(() => ruleOf(TABLE, 'toString' as Action)).toThrow('no action "toString"');
  });

  it('leads from the listed states only', () => {
    expect(nextState(TABLE, 'close', 'draft')).toBe('closed');
    expect(nextState(TABLE, 'close', 'open')).toBe('closed');
    expect(nextState(TABLE, 'close', 'closed')).toBeNull();
    expect(nextState(TABLE, 'open', 'open')).toBeNull();
  });
});

describe('the from-state check', () => {
  it('passes a state the action leaves from', () => {
    expect(() => assertFromState(TABLE.open, 'draft', () => new Refused())).not.toThrow();
  });

  it("refuses any other with the module's own error", () => {
    for (const state of ['open', 'closed'] as const) {
      expect(() => assertFromState(TABLE.open, state, () => new Refused(`in ${state}`))).toThrow(`in ${state}`);
    }
  });
});

describe('who may act', () => {
  const calls: string[] = [];
  const guards = {
    author: (_ctx: unknown, actor: string) => {
      calls.push(`author:${actor}`);
      if (actor !== 'ann') throw new Refused('not the author');
    },
    moderator: async (_ctx: unknown, actor: string) => {
      calls.push(`moderator:${actor}`);
      if (actor !== 'mo') throw new Refused('not a moderator');
    },
    system: () => {},
  };

  it("runs the check of the rule's role, and only that one", async () => {
    calls.length = 0;
    await assertMayAct(guards, TABLE.open, {}, 'ann', {});
    await assertMayAct(guards, TABLE.reopen, {}, 'mo', {});
    expect(calls).toEqual(['author:ann', 'moderator:mo']);
  });

  it("refuses with the check's own error, synchronous or not", async () => {
    await expect(assertMayAct(guards, TABLE.open, {}, 'mo', {})).rejects.toThrow('not the author');
    await expect(assertMayAct(guards, TABLE.reopen, {}, 'ann', {})).rejects.toThrow('not a moderator');
  });

  it('treats a role without a check as a programming error', async () => {
    const { system: _, ...withoutSystem } = guards;
    await expect(assertMayAct(withoutSystem as typeof guards, TABLE.expire, {}, 'ann', {})).rejects.toThrow(
      'no check for the role "system"',
    );
  });
});

// A run against an in-memory store: the steps' order, what is written, and the lost race.

type Row = { id: string; state: State; version: number; note: string | null; updatedAt: Date | null };
type Ctx = { db: Db; clock: ManualClock };
type Types = {
  ctx: Ctx;
  actor: { userId: string } | null;
  row: Row;
  action: Action;
  role: Role;
  prepared: string[];
  plan: { patch?: Partial<Row> };
};

function fixture(initial: Partial<Row> = {}) {
  const rows = new Map<string, Row>();
  rows.set('r1', { id: 'r1', state: 'draft', version: 0, note: null, updatedAt: null, ...initial });
  const log: string[] = [];
  const audit: AuditEntry[] = [];
  const tx = { name: 'tx' } as unknown as DbOrTx;
  const db = {
    name: 'db',
    async transaction<R>(run: (tx: DbOrTx) => Promise<R>): Promise<R> {
      // All or nothing: a failure inside leaves the store as it was.
      const saved = new Map([...rows].map(([id, row]) => [id, { ...row }]));
      log.push('begin');
      try {
        const result = await run(tx);
        log.push('commit');
        return result;
      } catch (error) {
        rows.clear();
        for (const [id, row] of saved) rows.set(id, row);
        log.push('rollback');
        throw error;
      }
    },
  } as unknown as Db;
  const ctx: Ctx = { db, clock: new ManualClock(new Date('2026-03-02T09:00:00Z')) };
  const workflow: Workflow<Types> = {
    table: TABLE,
    subjectType: 'thing',
    find: async (handle, id) => {
      log.push(`find on ${(handle as unknown as { name: string }).name}`);
      const row = rows.get(id);
      return row && { ...row };
    },
    compareAndSet: async (_tx, seen, changes) => {
      const row = rows.get(seen.id);
      if (!row || row.state !== seen.state || row.version !== seen.version) return undefined;
      const next = { ...row, ...changes, version: row.version + 1 };
      rows.set(seen.id, next);
      log.push(`write ${next.state}`);
      return { ...next };
    },
    mayAct: {
      author: (_ctx, actor) => {
        if (actor?.userId !== 'ann') throw new Refused('forbidden');
      },
      moderator: () => {},
      system: () => {},
    },
    errors: {
      notFound: () => new Refused('not found'),
      stateConflict: (row) => new Refused(`conflict in ${row.state}`),
      changed: (now) => new Refused(`changed to ${now?.state}`),
    },
    prepare: () => {
      log.push('prepare');
      return ['reader@example.org'];
    },
    stamp: ({ now }) => ({ updatedAt: now }),
    alongside: async (_tx, _ctx, done) => {
      log.push(`alongside ${done.before.state}→${done.row.state}`);
    },
    audit: {
      record: async (_tx, _clock, entry) => {
        log.push('audit');
        audit.push(entry);
      },
      entry: ({ action, before, row }) => ({
        action: `thing.${action}`,
        summary: { from: before.state, to: row.state },
      }),
    },
    notify: async (_tx, _ctx, done) => {
      log.push(`notify ${done.prepared.join(',')}`);
    },
  };
  return { rows, log, audit, ctx, workflow };
}

const ann = { userId: 'ann' };

describe('taking a step', () => {
  it('checks, prepares, then writes, audits and notifies in one transaction', async () => {
    const { rows, log, audit, ctx, workflow } = fixture();
    const row = await runTransition(workflow, ctx, {
      actor: ann,
      id: 'r1',
      action: 'open',
      plan: () => ({ patch: { note: 'ready' } }),
    });
    expect(row).toMatchObject({ state: 'open', note: 'ready', version: 1, updatedAt: ctx.clock.now() });
    expect(rows.get('r1')).toEqual(row);
    expect(log).toEqual([
      'find on db',
      'prepare',
      'begin',
      'write open',
      'alongside draft→open',
      'audit',
      'notify reader@example.org',
      'commit',
    ]);
    expect(audit).toEqual([
      {
        actorUserId: 'ann',
        action: 'thing.open',
        subjectType: 'thing',
        subjectId: 'r1',
        summary: { from: 'draft', to: 'open' },
      },
    ]);
  });

  it('records the system as nobody', async () => {
    const { audit, ctx, workflow } = fixture({ state: 'open' });
    await runTransition(workflow, ctx, { actor: null, id: 'r1', action: 'expire' });
    expect(audit[0]).toMatchObject({ actorUserId: null, action: 'thing.expire' });
  });

  it('refuses before reading anything else or opening a transaction', async () => {
    const cases: [Partial<Row> | null, { userId: string } | null, Action, string][] = [
      [null, ann, 'open', 'not found'],
      [{}, { userId: 'bob' }, 'open', 'forbidden'],
      [{ state: 'closed' }, ann, 'open', 'conflict in closed'],
    ];
    for (const [initial, actor, action, message] of cases) {
      const { rows, log, ctx, workflow } = fixture(initial ?? {});
      if (!initial) rows.clear();
      await expect(checkTransition(workflow, ctx, { actor, id: 'r1', action })).rejects.toThrow(message);
      await expect(runTransition(workflow, ctx, { actor, id: 'r1', action })).rejects.toThrow(message);
      expect(log.filter((l) => l !== 'find on db')).toEqual([]);
    }
  });

  it('answers a lost race with the state that won, read inside the transaction, and writes nothing', async () => {
    const { rows, log, audit, ctx, workflow } = fixture();
    await expect(
      runTransition(workflow, ctx, {
        actor: ann,
        id: 'r1',
        action: 'open',
        plan: () => {
          // Someone else closes it between the check and the write.
          rows.set('r1', { ...(rows.get('r1') as Row), state: 'closed', version: 1 });
          return {};
        },
      }),
    ).rejects.toThrow('changed to closed');
    expect(log).toEqual(['find on db', 'prepare', 'begin', 'find on tx', 'rollback']);
    expect(audit).toEqual([]);
  });

  it("lets the call's plan refuse inside the transaction, leaving nothing written", async () => {
    const { rows, log, ctx, workflow } = fixture();
    await expect(
      runTransition(workflow, ctx, {
        actor: ann,
        id: 'r1',
        action: 'open',
        plan: () => {
          throw new Refused('documents missing');
        },
      }),
    ).rejects.toThrow('documents missing');
    expect(rows.get('r1')?.state).toBe('draft');
    expect(log.at(-1)).toBe('rollback');
  });
});
