import type { VoteChoice } from '@innobridge/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeResult, type ResultInput } from './result.js';

const seatsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ memberId: `m${i}`, chair: i === 0 }));
/** Votes of the first members in turn: `for` first, then `against`, then `abstain`. */
const votes = (forCount: number, against: number, abstain: number, from = 0) => {
  const choices: VoteChoice[] = [
    ...Array<VoteChoice>(forCount).fill('for'),
    ...Array<VoteChoice>(against).fill('against'),
    ...Array<VoteChoice>(abstain).fill('abstain'),
  ];
  return choices.map((choice, i) => ({ memberId: `m${i + from}`, choice }));
};
const base = (over: Partial<ResultInput>): ResultInput => ({
  quorum: 'more_than_half',
  majority: 'simple_of_cast',
  castingVote: true,
  seats: seatsOf(11),
  conflicted: [],
  votes: [],
  ...over,
});

describe('the result of a board vote', () => {
  it('adopts by a simple majority of votes cast and explains it as the issue shows', () => {
    const result = computeResult(base({ votes: votes(5, 1, 1) }));
    expect(result).toMatchObject({ outcome: 'adopted', seats: 11, voted: 7, for: 5, against: 1, abstain: 1 });
    expect(result.quorum).toEqual({ rule: 'more_than_half', required: 6, present: true });
    expect(result.explanation).toEqual([
      {
        key: 'result.simple_of_cast.adopted',
        params: { seats: 11, voted: 7, for: 5, against: 1, abstain: 1, quorum: 6, required: 4 },
      },
    ]);
  });

  it('counts abstentions as votes cast under a simple majority', () => {
    expect(computeResult(base({ votes: votes(3, 1, 3) })).outcome).toBe('rejected');
  });

  it('needs a quorum: without it nothing is decided, whatever the votes', () => {
    const result = computeResult(base({ votes: votes(5, 0, 0) }));
    expect(result.outcome).toBe('no_quorum');
    expect(result.explanation[0]?.key).toBe('result.no_quorum.more_than_half');
    expect(computeResult(base({ quorum: 'two_thirds', votes: votes(7, 0, 0) })).outcome).toBe('no_quorum');
    expect(computeResult(base({ quorum: 'two_thirds', votes: votes(8, 0, 0) })).outcome).toBe('adopted');
  });

  it('needs two thirds of all seats for a qualified decision, not of the votes cast', () => {
    const rule = { majority: 'two_thirds_of_seats' } as const;
    expect(computeResult(base({ ...rule, votes: votes(7, 0, 0) })).outcome).toBe('rejected');
    const adopted = computeResult(base({ ...rule, votes: votes(8, 2, 1) }));
    expect(adopted.outcome).toBe('adopted');
    expect(adopted.majority).toEqual({ rule: 'two_thirds_of_seats', required: 8, reached: true });
  });

  it('needs every vote cast in favour for unanimity; one abstention is enough to reject', () => {
    const rule = { majority: 'unanimity' } as const;
    expect(computeResult(base({ ...rule, votes: votes(9, 0, 0) })).outcome).toBe('adopted');
    expect(computeResult(base({ ...rule, votes: votes(9, 0, 1) })).outcome).toBe('rejected');
  });

  it('excludes conflicted members from the quorum and the vote of the item', () => {
    // 11 seats, 3 conflicted: 8 entitled, quorum 5; the conflicted members' votes do not count.
    const conflicted = ['m8', 'm9', 'm10'];
    const result = computeResult(base({ conflicted, votes: [...votes(3, 2, 0), ...votes(0, 3, 0, 8)] }));
    expect(result).toMatchObject({ seats: 8, conflicted: 3, voted: 5, for: 3, against: 2, outcome: 'adopted' });
    expect(result.quorum.required).toBe(5);
    expect(result.explanation[1]).toEqual({ key: 'result.conflicted', params: { count: 3 } });
    // Without the conflicts, the same five votes would not make a quorum of 11 seats.
    expect(computeResult(base({ votes: votes(3, 2, 0) })).outcome).toBe('no_quorum');
  });

  it("decides a tie by the chair's casting vote when the rules allow it", () => {
    const chairFor = computeResult(base({ votes: votes(3, 3, 0) })); // m0, the chair, voted for
    expect(chairFor).toMatchObject({ outcome: 'adopted', casting: 'for' });
    expect(chairFor.explanation[0]?.key).toBe('result.tie.for');
    const tie = computeResult(
      base({ votes: [...votes(0, 3, 0, 1), { memberId: 'm0', choice: 'against' }, ...votes(4, 0, 0, 4)] }),
    );
    expect(tie).toMatchObject({ for: 4, against: 4, outcome: 'rejected', casting: 'against' });
    expect(tie.explanation[0]?.key).toBe('result.tie.against');
  });

  it('rejects a tie without a casting vote, and when the chair abstained or did not vote', () => {
    const off = computeResult(base({ castingVote: false, votes: votes(3, 3, 0) }));
    expect(off).toMatchObject({ outcome: 'rejected', casting: 'none' });
    expect(off.explanation[0]?.key).toBe('result.tie.none');
    const chairAbstained = computeResult(base({ votes: [...votes(0, 0, 1), ...votes(3, 2, 0, 1)] }));
    expect(chairAbstained).toMatchObject({ for: 3, against: 2, abstain: 1, outcome: 'rejected', casting: 'none' });
    const chairAbsent = computeResult(base({ votes: votes(3, 3, 0, 1) }));
    expect(chairAbsent).toMatchObject({ outcome: 'rejected', casting: 'none' });
  });

  it('never depends on the order of the seats, the conflicts or the votes', () => {
    const choice = fc.constantFrom<VoteChoice>('for', 'against', 'abstain');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 15 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            ballot: fc.array(fc.option(choice, { nil: null }), { minLength: n, maxLength: n }),
            conflicted: fc.subarray(seatsOf(n).map((s) => s.memberId)),
            quorum: fc.constantFrom('more_than_half' as const, 'two_thirds' as const),
            majority: fc.constantFrom('simple_of_cast' as const, 'two_thirds_of_seats' as const, 'unanimity' as const),
            castingVote: fc.boolean(),
            seed: fc.integer(),
          }),
        ),
        ({ n, ballot, conflicted, quorum, majority, castingVote, seed }) => {
          const seats = seatsOf(n);
          const cast = ballot.flatMap((c, i) => (c ? [{ memberId: `m${i}`, choice: c }] : []));
          const input: ResultInput = { quorum, majority, castingVote, seats, conflicted, votes: cast };
          const shuffled: ResultInput = {
            ...input,
            seats: shuffle(seats, seed),
            conflicted: shuffle(conflicted, seed + 1),
            votes: shuffle(cast, seed + 2),
          };
          expect(computeResult(shuffled)).toEqual(computeResult(input));
        },
      ),
    );
  });
});

/** A deterministic shuffle (Fisher–Yates with a small linear congruential generator). */
function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
