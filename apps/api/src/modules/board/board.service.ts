import type {
  BoardItem,
  BoardItemBody,
  BoardMeeting,
  BoardMeetingBody,
  BoardMember,
  BoardMemberBody,
  BoardMemberPatch,
  BoardResolution,
  BoardRules,
  BoardRulesBody,
  ConflictBody,
  DecisionKind,
  VoteChoice,
} from '@innobridge/contracts';
import type { AppContext } from '../../app-context.js';
import type { DbOrTx } from '../../db/client.js';
import { type Actor, isAdmin, requireAdmin } from '../../lib/actor.js';
import { AppError } from '../../lib/app-error.js';
import { newId } from '../../lib/ids.js';
import { recordAudit } from '../audit/index.js';
import { people } from '../identity/index.js';
import { notify } from '../notifications/index.js';
import * as repo from './board.repository.js';
import { isCurrent, itemView, meetingSummary, membersView, resolutionView, rulesView } from './board.views.js';
import { computeResult } from './votes/result.js';

const dayOf = (at: Date) => at.toISOString().slice(0, 10);

/** The rules of the board, with their defaults the first time they are read. */
async function rulesOf(ctx: AppContext, db: DbOrTx = ctx.db): Promise<repo.RulesRow> {
  const found = await repo.readRules(db);
  if (found) return found;
  await repo.ensureRules(db, ctx.clock.now());
  return (await repo.readRules(db)) as repo.RulesRow;
}

/** The reader's current membership of the board, or null. */
async function membershipOf(ctx: AppContext, actor: Actor | null, db: DbOrTx = ctx.db) {
  if (!actor) return null;
  const today = dayOf(ctx.clock.now());
  return (await repo.membershipsOfUser(db, actor.userId)).find((m) => isCurrent(m, today)) ?? null;
}

/** Members and platform admins see the board's inside; to anyone else it does not exist (404). */
async function requireInsider(ctx: AppContext, actor: Actor | null) {
  const member = await membershipOf(ctx, actor);
  if (!member && !isAdmin(actor)) throw new AppError('board_not_found');
  return member;
}

async function requireSecretary(ctx: AppContext, actor: Actor, db: DbOrTx = ctx.db) {
  const member = await membershipOf(ctx, actor, db);
  if (!member) throw new AppError(isAdmin(actor) ? 'board_secretary_required' : 'board_not_found');
  if (member.seat !== 'secretary' && member.seat !== 'chair') throw new AppError('board_secretary_required');
  return member;
}

function requireBoardAdmin(actor: Actor) {
  requireAdmin(actor, 'admin_required');
}

// ——— Composition and rules (platform admins) ———

export async function listMembers(ctx: AppContext, actor: Actor): Promise<{ items: BoardMember[] }> {
  await requireInsider(ctx, actor);
  const rows = await repo.listMembers(ctx.db);
  return {
    items: membersView(
      rows,
      await people(
        ctx,
        rows.map((r) => r.userId),
      ),
      dayOf(ctx.clock.now()),
    ),
  };
}

export async function addMember(ctx: AppContext, actor: Actor, body: BoardMemberBody): Promise<BoardMember> {
  requireBoardAdmin(actor);
  if (body.termTo !== null && body.termTo < body.termFrom) throw new AppError('board_term_invalid');
  const [person] = await people(ctx, [body.userId]);
  if (!person) throw new AppError('board_not_found');
  const row = await ctx.db.transaction(async (tx) => {
    await repo.lockComposition(tx);
    if ((await repo.membershipsOfUser(tx, body.userId)).length > 0) throw new AppError('board_member_exists');
    const created = await repo.insertMember(tx, { id: newId(), ...body, createdAt: ctx.clock.now() });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'board.member_added',
      subjectType: 'board_member',
      subjectId: created.id,
      summary: { userId: body.userId, seat: body.seat, side: body.side, termFrom: body.termFrom, termTo: body.termTo },
    });
    return created;
  });
  return membersView([row], [person], dayOf(ctx.clock.now()))[0] as BoardMember;
}

export async function changeMember(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: BoardMemberPatch,
): Promise<BoardMember> {
  requireBoardAdmin(actor);
  const found = await repo.findMember(ctx.db, id);
  if (!found) throw new AppError('board_not_found');
  const termTo = patch.termTo === undefined ? found.termTo : patch.termTo;
  if (termTo !== null && termTo < found.termFrom) throw new AppError('board_term_invalid');
  const row = await ctx.db.transaction(async (tx) => {
    const changed = await repo.updateMember(tx, id, patch.version, {
      seat: patch.seat,
      side: patch.side,
      termTo,
      ...(patch.leave && !found.leftAt ? { leftAt: ctx.clock.now() } : {}),
    });
    if (!changed) throw new AppError('board_conflict');
    const { version: _version, ...summary } = patch;
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: patch.leave ? 'board.member_left' : 'board.member_changed',
      subjectType: 'board_member',
      subjectId: id,
      summary,
    });
    return changed;
  });
  return membersView([row], await people(ctx, [row.userId]), dayOf(ctx.clock.now()))[0] as BoardMember;
}

export async function readRules(ctx: AppContext, actor: Actor): Promise<BoardRules> {
  await requireInsider(ctx, actor);
  return rulesView(await rulesOf(ctx));
}

export async function setRules(ctx: AppContext, actor: Actor, body: BoardRulesBody): Promise<BoardRules> {
  requireBoardAdmin(actor);
  await rulesOf(ctx);
  const row = await ctx.db.transaction(async (tx) => {
    const changed = await repo.updateRules(tx, body.version, {
      quorum: body.quorum,
      majorities: body.majorities,
      castingVote: body.castingVote,
      updatedAt: ctx.clock.now(),
    });
    if (!changed) throw new AppError('board_conflict');
    const { version: _version, ...summary } = body;
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'board.rules_changed',
      subjectType: 'board',
      subjectId: repo.BOARD_ID,
      summary,
    });
    return changed;
  });
  return rulesView(row);
}

// ——— Meetings ———

/**
 * Closes the items of an absentee ballot whose deadline has passed, at the deadline: run when the
 * ballot is read or voted on, so that a ballot closes on time whoever looks first.
 */
async function settle(ctx: AppContext, meeting: repo.MeetingRow): Promise<void> {
  if (meeting.form !== 'absentee' || meeting.state !== 'open' || !meeting.deadline) return;
  if (meeting.deadline.getTime() > ctx.clock.now().getTime()) return;
  const deadline = meeting.deadline;
  await ctx.db.transaction(async (tx) => {
    const locked = await repo.findMeeting(tx, meeting.id, { lock: true });
    if (locked?.state !== 'open') return;
    for (const item of await repo.itemsOf(tx, [meeting.id])) {
      if (item.state === 'open') await closeItemIn(ctx, tx, item.id, deadline);
    }
    await repo.setMeetingState(tx, meeting.id, 'open', { state: 'closed', updatedAt: ctx.clock.now() });
  });
}

/** Computes an item's result by the rules, from the seats current on `at`, its conflicts and votes. */
async function resultOf(ctx: AppContext, db: DbOrTx, item: repo.ItemRow, at: Date) {
  const [rules, members, votes, conflicts] = await Promise.all([
    rulesOf(ctx, db),
    repo.listMembers(db),
    repo.votesOf(db, [item.id]),
    repo.conflictsOf(db, [item.id]),
  ]);
  const day = dayOf(at);
  return computeResult({
    quorum: rules.quorum as BoardRules['quorum'],
    majority: rules.majorities[item.decisionKind as DecisionKind],
    castingVote: rules.castingVote,
    seats: members.filter((m) => isCurrent(m, day)).map((m) => ({ memberId: m.id, chair: m.seat === 'chair' })),
    conflicted: conflicts.map((c) => c.memberId),
    votes: votes.map((v) => ({ memberId: v.memberId, choice: v.choice as VoteChoice })),
  });
}

/**
 * Closes an open item under its row lock: votes that reached the lock first are counted, later ones are
 * refused; the result is stored and never changes after. An adopted item takes the next number of its year.
 */
async function closeItemIn(ctx: AppContext, tx: DbOrTx, itemId: string, at: Date): Promise<repo.ItemRow> {
  const item = await repo.findItem(tx, itemId, { lock: true });
  if (!item) throw new AppError('board_not_found');
  if (item.state !== 'open') throw new AppError('board_item_closed');
  const result = await resultOf(ctx, tx, item, at);
  const year = at.getUTCFullYear();
  const adopted = result.outcome === 'adopted';
  const closed = await repo.closeItem(tx, item.id, {
    result,
    closedAt: at,
    resolutionYear: adopted ? year : null,
    resolutionNumber: adopted ? await repo.nextResolutionNumber(tx, year) : null,
  });
  if (!closed) throw new AppError('board_item_closed');
  return closed;
}

async function meetingView(ctx: AppContext, actor: Actor, meeting: repo.MeetingRow): Promise<BoardMeeting> {
  const member = await membershipOf(ctx, actor);
  const items = await repo.itemsOf(ctx.db, [meeting.id]);
  const ids = items.map((i) => i.id);
  const [votes, conflicts] = await Promise.all([repo.votesOf(ctx.db, ids), repo.conflictsOf(ctx.db, ids)]);
  const views: BoardItem[] = [];
  for (const item of items) {
    const mine = (r: { itemId: string; memberId: string }) => r.itemId === item.id && r.memberId === member?.id;
    views.push(
      itemView(item, {
        myVote: (votes.find(mine)?.choice as VoteChoice | undefined) ?? null,
        myConflict: conflicts.some(mine),
        result: item.state === 'open' ? await resultOf(ctx, ctx.db, item, ctx.clock.now()) : null,
      }),
    );
  }
  return { ...meetingSummary(meeting), items: views };
}

async function insiderMeeting(ctx: AppContext, actor: Actor, id: string): Promise<repo.MeetingRow> {
  await requireInsider(ctx, actor);
  const found = await repo.findMeeting(ctx.db, id);
  if (!found) throw new AppError('board_not_found');
  await settle(ctx, found);
  return (await repo.findMeeting(ctx.db, id)) as repo.MeetingRow;
}

export async function listMeetings(ctx: AppContext, actor: Actor) {
  await requireInsider(ctx, actor);
  const rows = await repo.listMeetings(ctx.db);
  for (const row of rows) await settle(ctx, row);
  return { items: (await repo.listMeetings(ctx.db)).map(meetingSummary) };
}

export async function readMeeting(ctx: AppContext, actor: Actor, id: string): Promise<BoardMeeting> {
  return meetingView(ctx, actor, await insiderMeeting(ctx, actor, id));
}

export async function createMeeting(ctx: AppContext, actor: Actor, body: BoardMeetingBody): Promise<BoardMeeting> {
  await requireSecretary(ctx, actor);
  const now = ctx.clock.now();
  const row = await repo.insertMeeting(ctx.db, {
    id: newId(),
    title: body.title,
    form: body.form,
    startsAt: body.startsAt ? new Date(body.startsAt) : null,
    deadline: body.deadline ? new Date(body.deadline) : null,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  return meetingView(ctx, actor, row);
}

export async function addItem(ctx: AppContext, actor: Actor, meetingId: string, body: BoardItemBody) {
  await requireSecretary(ctx, actor);
  await ctx.db.transaction(async (tx) => {
    const meeting = await repo.findMeeting(tx, meetingId, { lock: true });
    if (!meeting) throw new AppError('board_not_found');
    if (meeting.state !== 'draft') throw new AppError('board_meeting_state');
    const items = await repo.itemsOf(tx, [meetingId]);
    await repo.insertItem(tx, {
      id: newId(),
      meetingId,
      position: items.length + 1,
      title: body.title,
      resolution: body.resolution,
      decisionKind: body.decisionKind,
      subjectKind: body.subject?.kind ?? null,
      subjectId: body.subject?.id ?? null,
    });
  });
  return readMeeting(ctx, actor, meetingId);
}

/** Calls a drafted meeting: its members are told, each in their language. An absentee ballot opens at once. */
export async function callMeeting(ctx: AppContext, actor: Actor, id: string): Promise<BoardMeeting> {
  await requireSecretary(ctx, actor);
  const now = ctx.clock.now();
  const today = dayOf(now);
  const current = (await repo.listMembers(ctx.db)).filter((m) => isCurrent(m, today));
  const recipients = await people(
    ctx,
    current.map((m) => m.userId),
  );
  await ctx.db.transaction(async (tx) => {
    const meeting = await repo.findMeeting(tx, id, { lock: true });
    if (!meeting) throw new AppError('board_not_found');
    if (meeting.state !== 'draft') throw new AppError('board_meeting_state');
    const items = await repo.itemsOf(tx, [id]);
    const when = meeting.form === 'absentee' ? meeting.deadline : meeting.startsAt;
    if (items.length === 0 || !when || (meeting.form === 'absentee' && when.getTime() <= now.getTime())) {
      throw new AppError('board_meeting_incomplete');
    }
    const absentee = meeting.form === 'absentee';
    await repo.setMeetingState(tx, id, 'draft', { state: absentee ? 'open' : 'called', calledAt: now, updatedAt: now });
    if (absentee) await repo.openItems(tx, id);
    await notify(tx, ctx, {
      recipients,
      template: 'board_meeting_called',
      path: `/board/meetings/${id}`,
      params: {
        title: { text: meeting.title },
        form: { key: `board_form.${meeting.form}`, ns: 'emails' },
        at: { instant: when.toISOString() },
      },
    });
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'board.meeting_called',
      subjectType: 'board_meeting',
      subjectId: id,
    });
  });
  return readMeeting(ctx, actor, id);
}

/** Opens a called meeting held in person or online: its items take votes until the chair closes each. */
export async function openMeeting(ctx: AppContext, actor: Actor, id: string): Promise<BoardMeeting> {
  await requireSecretary(ctx, actor);
  await ctx.db.transaction(async (tx) => {
    const meeting = await repo.findMeeting(tx, id, { lock: true });
    if (!meeting) throw new AppError('board_not_found');
    if (meeting.state !== 'called') throw new AppError('board_meeting_state');
    await repo.setMeetingState(tx, id, 'called', { state: 'open', updatedAt: ctx.clock.now() });
    await repo.openItems(tx, id);
  });
  return readMeeting(ctx, actor, id);
}

/** The chair closes an item of a meeting in person or online; the last item closed closes the meeting. */
export async function closeItem(ctx: AppContext, actor: Actor, itemId: string): Promise<BoardMeeting> {
  const member = await membershipOf(ctx, actor);
  const item = await repo.findItem(ctx.db, itemId);
  if (!item || (!member && !isAdmin(actor))) throw new AppError('board_not_found');
  const meeting = await insiderMeeting(ctx, actor, item.meetingId);
  if (member?.seat !== 'chair' || meeting.form === 'absentee') throw new AppError('board_chair_required');
  await ctx.db.transaction(async (tx) => {
    await closeItemIn(ctx, tx, itemId, ctx.clock.now());
    const items = await repo.itemsOf(tx, [meeting.id]);
    if (items.every((i) => i.state === 'closed')) {
      await repo.setMeetingState(tx, meeting.id, 'open', { state: 'closed', updatedAt: ctx.clock.now() });
    }
  });
  return readMeeting(ctx, actor, meeting.id);
}

/** The open item a current member acts on, after an overdue ballot was closed. */
async function itemForMember(ctx: AppContext, actor: Actor, itemId: string) {
  const member = await membershipOf(ctx, actor);
  const item = await repo.findItem(ctx.db, itemId);
  if (!item || (!member && !isAdmin(actor))) throw new AppError('board_not_found');
  await insiderMeeting(ctx, actor, item.meetingId);
  if (!member) throw new AppError('board_member_required');
  return { member, item };
}

/**
 * A member's vote: one per member and item, replaced by a later one until the item closes. The item's
 * row is locked, so a vote either precedes the closing (and counts) or follows it (and is refused).
 */
export async function vote(ctx: AppContext, actor: Actor, itemId: string, choice: VoteChoice): Promise<BoardItem> {
  const { member, item } = await itemForMember(ctx, actor, itemId);
  await ctx.db.transaction(async (tx) => {
    const locked = await repo.findItem(tx, item.id, { lock: true });
    const meeting = await repo.findMeeting(tx, item.meetingId);
    const now = ctx.clock.now();
    const overdue = meeting?.form === 'absentee' && meeting.deadline && meeting.deadline.getTime() <= now.getTime();
    if (locked?.state !== 'open' || overdue) throw new AppError('board_item_closed');
    const conflicts = await repo.conflictsOf(tx, [item.id]);
    if (conflicts.some((c) => c.memberId === member.id)) throw new AppError('board_conflicted');
    await repo.upsertVote(tx, { itemId: item.id, memberId: member.id, choice, votedAt: now });
  });
  return itemOf(ctx, actor, itemId);
}

export async function declareConflict(
  ctx: AppContext,
  actor: Actor,
  itemId: string,
  body: ConflictBody,
): Promise<BoardItem> {
  const { member, item } = await itemForMember(ctx, actor, itemId);
  await ctx.db.transaction(async (tx) => {
    const locked = await repo.findItem(tx, item.id, { lock: true });
    if (locked?.state === 'closed') throw new AppError('board_item_closed');
    await repo.setConflict(
      tx,
      { itemId, memberId: member.id, note: body.note, declaredAt: ctx.clock.now() },
      body.declared,
    );
  });
  return itemOf(ctx, actor, itemId);
}

async function itemOf(ctx: AppContext, actor: Actor, itemId: string): Promise<BoardItem> {
  const item = (await repo.findItem(ctx.db, itemId)) as repo.ItemRow;
  const meeting = await readMeeting(ctx, actor, item.meetingId);
  return meeting.items.find((i) => i.id === itemId) as BoardItem;
}

// ——— Resolutions ———

export async function publishResolution(ctx: AppContext, actor: Actor, itemId: string): Promise<BoardResolution> {
  await requireSecretary(ctx, actor);
  const row = await ctx.db.transaction(async (tx) => {
    const found = await repo.findItem(tx, itemId, { lock: true });
    if (!found?.resolutionNumber) throw new AppError('board_not_found');
    if (found.publishedAt) throw new AppError('board_conflict');
    const published = (await repo.publishItem(tx, itemId, ctx.clock.now())) as repo.ItemRow;
    await recordAudit(tx, ctx.clock, {
      actorUserId: actor.userId,
      action: 'board.resolution_published',
      subjectType: 'board_item',
      subjectId: itemId,
      summary: { number: `${published.resolutionYear}/${published.resolutionNumber}` },
    });
    return published;
  });
  return resolutionView(row);
}

/** The board's published resolutions, newest first: open to everyone. */
export async function listResolutions(ctx: AppContext): Promise<{ items: BoardResolution[] }> {
  return { items: (await repo.publishedResolutions(ctx.db)).map(resolutionView) };
}
