// The matcher's quality on an evaluation file, in memory and without a database:
//   npx tsx bench/match-eval/pure-eval.ts [file.json ...] [--misses] [--json]
// Each item becomes an opportunity side through the functions the platform uses (conceptsOfOpportunity,
// matchSideOf, scoreMatch with the frequencies counted over the file's items); each side of every pair
// ranks all items of a complementary kind, and the rank of the other side is recorded. Prints recall@1,
// recall@5, recall@10 and MRR, and with --misses every side ranked below 5, with the concepts found on
// both sides and the items ranked above it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpportunityType } from '@innobridge/contracts/exchange';
import {
  complementary,
  conceptsOfOpportunity,
  documentKeys,
  type Frequencies,
  type MatchSide,
  matchSideOf,
  scoreMatch,
  shippedConceptIndex,
} from '../../apps/api/src/modules/matching/concepts/index.js';

type Item = {
  id: string;
  type: OpportunityType;
  language: string;
  country: string;
  title: string;
  description: string;
  areas?: string[];
  trl?: number;
};
type EvalSet = { items: Item[]; pairs: [string, string][] };

const TODAY = '2026-12-03';
/** Items give no TRL; a technology offer is taken as ready for a pilot, as the harness publishes it. */
const OFFER_TRL = 7;

export type Result = { recall1: number; recall5: number; recall10: number; mrr: number; ranks: RankRow[] };
type RankRow = { from: string; to: string; rank: number; above: string[] };

function sideOf(item: Item) {
  const index = shippedConceptIndex();
  const texts = {
    title: { [item.language]: item.title },
    summary: { [item.language]: item.description },
  };
  const concepts = conceptsOfOpportunity(index, texts);
  const side = matchSideOf(
    {
      type: item.type,
      trl: item.trl ?? (item.type === 'technology_offer' ? OFFER_TRL : null),
      areas: item.areas ?? [],
      cooperationForms: [],
      targetCountries: [],
      deadline: null,
      organizationJurisdiction: item.country as never,
      ...texts,
    },
    concepts,
  );
  return side;
}

export function evaluate(set: EvalSet): Result {
  const index = shippedConceptIndex();
  const sides = new Map<string, MatchSide>(set.items.map((i) => [i.id, sideOf(i)]));
  const df = new Map<string, number>();
  for (const s of sides.values()) for (const k of documentKeys(s)) df.set(k, (df.get(k) ?? 0) + 1);
  const freq: Frequencies = { total: sides.size, of: (c) => df.get(c) ?? 0 };
  const scoreCache = new Map<string, number>();
  const score = (a: string, b: string) => {
    const key = `${a}|${b}`;
    let s = scoreCache.get(key);
    if (s === undefined) {
      s = scoreMatch(index, sides.get(a) as MatchSide, sides.get(b) as MatchSide, freq, TODAY)?.score ?? -1;
      scoreCache.set(key, s);
    }
    return s;
  };
  const ranks: RankRow[] = [];
  for (const [x, y] of set.pairs) {
    for (const [from, to] of [
      [x, y],
      [y, x],
    ] as const) {
      const me = sides.get(from) as MatchSide;
      const target = score(from, to);
      const others = set.items.filter(
        (i) => i.id !== from && i.id !== to && complementary(me, sides.get(i.id) as MatchSide),
      );
      // Ties count against the expected item: a rank is never better than the scores show.
      const above = others
        .map((i) => ({ id: i.id, s: score(from, i.id) }))
        .filter((o) => o.s >= target)
        .sort((p, q) => q.s - p.s);
      ranks.push({
        from,
        to,
        rank: target < 0 ? Number.POSITIVE_INFINITY : above.length + 1,
        above: above.map((a) => a.id),
      });
    }
  }
  const n = ranks.length;
  const at = (k: number) => ranks.filter((r) => r.rank <= k).length / n;
  const mrr = ranks.reduce((sum, r) => sum + (Number.isFinite(r.rank) ? 1 / r.rank : 0), 0) / n;
  return { recall1: at(1), recall5: at(5), recall10: at(10), mrr, ranks };
}

function explainMiss(set: EvalSet, row: RankRow) {
  const byId = new Map(set.items.map((i) => [i.id, i]));
  const index = shippedConceptIndex();
  const show = (id: string) => {
    const item = byId.get(id) as Item;
    const found = sideOf(item).concepts.map((c) => `${c.concept}[${c.words.join('/')}]`);
    return `${id} ${item.title}\n      ${found.join(' ') || '(no concept)'}`;
  };
  console.log(`  rank ${row.rank}: ${show(row.from)}\n    wants ${show(row.to)}`);
  for (const id of row.above.slice(0, 3)) console.log(`    above: ${show(id)}`);
  void index;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const files = args.filter((a) => !a.startsWith('--'));
  const targets = files.length ? files : [join(here, 'dev.json')];
  for (const file of targets) {
    const set = JSON.parse(readFileSync(file, 'utf8')) as EvalSet;
    const r = evaluate(set);
    const f = (x: number) => x.toFixed(3);
    const none = set.items.filter((i) => sideOf(i).concepts.length === 0).length;
    console.log(
      `${file}: ${set.pairs.length} pairs, ${r.ranks.length} ranked sides, ${none}/${set.items.length} items with no concept`,
    );
    console.log(`  recall@1 ${f(r.recall1)}  recall@5 ${f(r.recall5)}  recall@10 ${f(r.recall10)}  MRR ${f(r.mrr)}`);
    if (args.includes('--ranks')) for (const row of r.ranks) console.log(`  ${row.from} → ${row.to}: ${row.rank}`);
    if (args.includes('--misses')) {
      for (const row of r.ranks.filter((x) => x.rank > 5).sort((a, b) => b.rank - a.rank)) explainMiss(set, row);
    }
  }
}
