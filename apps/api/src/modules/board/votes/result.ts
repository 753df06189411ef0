import type { MajorityRule, QuorumRule, ResultSentence, VoteChoice, VoteResult } from '@innobridge/contracts';

/** What an item's result is computed from: the rules that apply to it, its seats, conflicts and votes. */
export type ResultInput = {
  quorum: QuorumRule;
  majority: MajorityRule;
  castingVote: boolean;
  /** The current members on the item (each once); `chair` marks the chair's seat. */
  seats: readonly { memberId: string; chair: boolean }[];
  /** Members who declared a conflict of interest on the item: neither counted nor voting. */
  conflicted: readonly string[];
  votes: readonly { memberId: string; choice: VoteChoice }[];
};

/** The least number of `part` out of `whole` that is more than half, or at least two thirds. */
const quorumRequired = (rule: QuorumRule, whole: number) =>
  rule === 'more_than_half' ? Math.floor(whole / 2) + 1 : Math.ceil((2 * whole) / 3);

/**
 * The result of an item's vote by the board's rules. Pure: the same seats, conflicts and votes give the
 * same result in any order. A conflicted member's vote, or the vote of someone without a seat, is not
 * counted; each member counts once.
 */
export function computeResult(input: ResultInput): VoteResult {
  const conflicted = new Set(input.conflicted);
  const seats = new Map<string, boolean>();
  for (const seat of input.seats) if (!conflicted.has(seat.memberId)) seats.set(seat.memberId, seat.chair);
  const choices = new Map<string, VoteChoice>();
  for (const vote of input.votes) if (seats.has(vote.memberId)) choices.set(vote.memberId, vote.choice);

  const tally = { for: 0, against: 0, abstain: 0 };
  for (const choice of choices.values()) tally[choice] += 1;
  const voted = choices.size;
  const eligible = seats.size;
  const conflictedCount = input.seats.filter((s) => conflicted.has(s.memberId)).length;

  const quorumNeeded = quorumRequired(input.quorum, eligible);
  const quorumPresent = eligible > 0 && voted >= quorumNeeded;

  let majorityNeeded: number;
  let reached: boolean;
  let casting: VoteResult['casting'] = 'not_needed';
  if (input.majority === 'simple_of_cast') {
    majorityNeeded = Math.floor(voted / 2) + 1;
    reached = tally.for >= majorityNeeded;
    if (!reached && voted > 0 && tally.for * 2 === voted) {
      // A tie: the chair's vote decides when the rules allow it and the chair voted for or against.
      const chairChoice = [...choices].find(([memberId]) => seats.get(memberId))?.[1];
      casting = input.castingVote && (chairChoice === 'for' || chairChoice === 'against') ? chairChoice : 'none';
      reached = casting === 'for';
    }
  } else if (input.majority === 'two_thirds_of_seats') {
    majorityNeeded = Math.ceil((2 * eligible) / 3);
    reached = eligible > 0 && tally.for >= majorityNeeded;
  } else {
    majorityNeeded = voted;
    reached = voted > 0 && tally.for === voted;
  }
  const outcome = !quorumPresent ? 'no_quorum' : reached ? 'adopted' : 'rejected';

  const params = {
    seats: eligible,
    voted,
    for: tally.for,
    against: tally.against,
    abstain: tally.abstain,
    quorum: quorumNeeded,
    required: majorityNeeded,
  };
  const explanation: ResultSentence[] = [];
  if (outcome === 'no_quorum') explanation.push({ key: `result.no_quorum.${input.quorum}`, params });
  else if (casting !== 'not_needed') explanation.push({ key: `result.tie.${casting}`, params });
  else explanation.push({ key: `result.${input.majority}.${outcome}`, params });
  if (conflictedCount > 0) explanation.push({ key: 'result.conflicted', params: { count: conflictedCount } });

  return {
    outcome,
    seats: eligible,
    conflicted: conflictedCount,
    voted,
    ...tally,
    quorum: { rule: input.quorum, required: quorumNeeded, present: quorumPresent },
    majority: { rule: input.majority, required: majorityNeeded, reached },
    casting,
    explanation,
  };
}
