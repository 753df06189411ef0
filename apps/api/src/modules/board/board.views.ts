import type {
  BoardItem,
  BoardMeeting,
  BoardMember,
  BoardResolution,
  BoardRules,
  VoteChoice,
  VoteResult,
} from '@innobridge/contracts';
import type { Person } from '../identity/index.js';
import type { ItemRow, MeetingRow, MemberRow, RulesRow } from './board.repository.js';

/** Whether a membership is current on a day (`YYYY-MM-DD`): not left, and the term covers the day. */
export const isCurrent = (m: MemberRow, day: string) =>
  m.leftAt === null && m.termFrom <= day && (m.termTo === null || m.termTo >= day);

export const rulesView = (r: RulesRow): BoardRules => ({
  quorum: r.quorum as BoardRules['quorum'],
  majorities: r.majorities,
  castingVote: r.castingVote,
  version: r.version,
});

export function membersView(rows: MemberRow[], people: Person[], day: string): BoardMember[] {
  const names = new Map(people.map((p) => [p.userId, p.displayName]));
  return rows.map((m) => ({
    id: m.id,
    userId: m.userId,
    displayName: names.get(m.userId) ?? '',
    seat: m.seat as BoardMember['seat'],
    side: m.side as BoardMember['side'],
    termFrom: m.termFrom,
    termTo: m.termTo,
    leftAt: m.leftAt?.toISOString() ?? null,
    current: isCurrent(m, day),
    version: m.version,
  }));
}

export type ItemExtras = { myVote: VoteChoice | null; myConflict: boolean; result: VoteResult | null };

export const itemView = (i: ItemRow, extras: ItemExtras): BoardItem => ({
  id: i.id,
  meetingId: i.meetingId,
  position: i.position,
  title: i.title,
  resolution: i.resolution,
  decisionKind: i.decisionKind as BoardItem['decisionKind'],
  subject: i.subjectKind && i.subjectId ? { kind: i.subjectKind as 'agreement', id: i.subjectId } : null,
  state: i.state as BoardItem['state'],
  myVote: extras.myVote,
  myConflict: extras.myConflict,
  result: i.state === 'closed' ? i.result : extras.result,
  closedAt: i.closedAt?.toISOString() ?? null,
  version: i.version,
});

export const meetingSummary = (m: MeetingRow): Omit<BoardMeeting, 'items'> => ({
  id: m.id,
  title: m.title,
  form: m.form as BoardMeeting['form'],
  state: m.state as BoardMeeting['state'],
  startsAt: m.startsAt?.toISOString() ?? null,
  deadline: m.deadline?.toISOString() ?? null,
  calledAt: m.calledAt?.toISOString() ?? null,
  version: m.version,
});

export const resolutionView = (i: ItemRow): BoardResolution => ({
  id: i.id,
  number: `${i.resolutionYear}/${i.resolutionNumber}`,
  year: i.resolutionYear ?? 0,
  title: i.title,
  text: i.resolution,
  adoptedAt: i.closedAt?.toISOString() ?? '',
  publishedAt: i.publishedAt?.toISOString() ?? null,
  result: i.result as VoteResult,
});
