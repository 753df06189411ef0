import type { EventState } from '@innobridge/contracts';
import type { AppContext } from '../../../app-context.js';
import type { Actor } from '../../../lib/actor.js';
import { AppError } from '../../../lib/app-error.js';
import { runTransition, type TransitionTable, type Workflow } from '../../../lib/workflow.js';
import { recordAudit } from '../../audit/index.js';
import { people } from '../../identity/index.js';
import { notify, type Recipient } from '../../notifications/index.js';
import { assertManage } from '../events.access.js';
import * as registrations from '../registrations/registrations.repository.js';
import type { EventRow } from './events.repository.js';
import * as repo from './events.repository.js';

/** An event's lifecycle: draft → published → cancelled (a draft may be dropped as cancelled too). */
export type EventAction = 'publish' | 'cancel';
export type EventRole = 'organiser';

export const EVENT_TRANSITIONS: TransitionTable<EventAction, EventState, EventRole> = {
  publish: { from: ['draft'], to: 'published', by: 'organiser' },
  cancel: { from: ['draft', 'published'], to: 'cancelled', by: 'organiser' },
};

/** The organiser edits a draft or a published event; a cancelled one stays as it was. */
export const EDITABLE_STATES: EventState[] = ['draft', 'published'];

export const stateLabel = (state: string) => ({ key: `eventState.${state}`, ns: 'common' as const });

export const changedError = (now: EventRow | undefined) =>
  new AppError('event_changed', { params: { state: stateLabel(now?.state ?? 'draft') } });

type Lifecycle = {
  ctx: AppContext;
  actor: Actor | null;
  row: EventRow & { state: EventState };
  action: EventAction;
  role: EventRole;
  /** Everyone registered or waiting, told when the event is cancelled. */
  prepared: Recipient[];
  plan: { patch?: Partial<EventRow> };
};

const lifecycle: Workflow<Lifecycle> = {
  table: EVENT_TRANSITIONS,
  subjectType: 'event',
  find: repo.findEvent as Workflow<Lifecycle>['find'],
  compareAndSet: (tx, seen, changes) => repo.compareAndSet(tx, seen, changes) as Promise<Lifecycle['row'] | undefined>,
  mayAct: {
    organiser: async (ctx, actor, row) => {
      await assertManage(ctx, actor, row);
    },
  },
  errors: {
    notFound: () => new AppError('event_not_found'),
    stateConflict: (row) => new AppError('event_state_conflict', { params: { state: stateLabel(row.state) } }),
    changed: changedError,
  },
  async prepare(ctx, { action, before }) {
    if (action !== 'cancel') return [];
    const rows = await registrations.ofEvent(ctx.db, before.id, ['registered', 'waitlisted']);
    return people(
      ctx,
      rows.map((r) => r.userId),
    );
  },
  stamp: ({ now, action }) => ({ updatedAt: now, ...(action === 'publish' ? { publishedAt: now } : {}) }),
  audit: {
    record: recordAudit,
    entry: ({ action, rule, before }) => ({ action: `event.${action}`, summary: { from: before.state, to: rule.to } }),
  },
  async notify(tx, ctx, { action, row, prepared }) {
    if (action !== 'cancel' || prepared.length === 0) return;
    await notify(tx, ctx, {
      recipients: prepared,
      template: 'event_cancelled',
      path: `/events/${row.id}`,
      params: { title: { text: row.title }, starts: { instant: row.startsAt.toISOString(), zone: row.timeZone } },
    });
  },
};

export const transition = (ctx: AppContext, actor: Actor, id: string, action: EventAction) =>
  runTransition(lifecycle, ctx, { actor, id, action });
