// Checks the matching evaluation files before they are used:
//   npx tsx bench/match-eval/validate.ts [file.json ...]   (defaults to dev.json and held-out.json)
// Prints the counts per language pair and per kind of pair; exits 1 on any error.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPPORTUNITY_TYPES, type OpportunityType } from '@innobridge/contracts/exchange';
import { TAXONOMY_SEED } from '../../apps/api/src/modules/matching/taxonomy-data.js';

type Item = {
  id: string;
  type: OpportunityType;
  language: string;
  country: string;
  title: string;
  description: string;
  areas?: string[];
};
type EvalSet = { items: Item[]; pairs: [string, string][] };

const LANGUAGES = ['ru', 'zh', 'en'];
const AREA_CODES = new Set(TAXONOMY_SEED.map((a) => a.code));

/** The kinds that may be matched with each other (either order). */
const COMPLEMENTARY: [OpportunityType, OpportunityType][] = [
  ['technology_offer', 'technology_request'],
  ['business_offer', 'business_request'],
  ['rd_partner_search', 'rd_partner_search'],
  ['investment_raising', 'investor_thesis'],
  ['corporate_challenge', 'technology_offer'],
  ['pilot_request', 'technology_offer'],
];

function complementary(a: OpportunityType, b: OpportunityType): boolean {
  return COMPLEMENTARY.some(([x, y]) => (x === a && y === b) || (x === b && y === a));
}

/** Rough length in words: whitespace-separated for ru/en, about 1.7 characters a word for zh. */
function words(item: Item): number {
  const text = item.description.trim();
  return item.language === 'zh' ? Math.round(text.length / 1.7) : text.split(/\s+/).length;
}

function checkItems(set: EvalSet, errors: string[], warnings: string[]): Map<string, Item> {
  const byId = new Map<string, Item>();
  for (const item of set.items) {
    const at = `item ${item.id}`;
    if (byId.has(item.id)) errors.push(`${at}: duplicate id`);
    byId.set(item.id, item);
    if (!LANGUAGES.includes(item.language)) errors.push(`${at}: language ${item.language}`);
    if (!(OPPORTUNITY_TYPES as readonly string[]).includes(item.type)) errors.push(`${at}: type ${item.type}`);
    if (!/^[A-Z]{2}$/.test(item.country)) errors.push(`${at}: country ${item.country}`);
    if (!item.title?.trim() || item.title.length > 200) errors.push(`${at}: title empty or over 200 characters`);
    if (!item.description?.trim() || item.description.length > 1000) {
      errors.push(`${at}: description empty or over 1000 characters`);
    }
    for (const code of item.areas ?? []) if (!AREA_CODES.has(code)) errors.push(`${at}: unknown area ${code}`);
    const n = words(item);
    if (n < 15 || n > 140) warnings.push(`${at}: description of about ${n} words`);
  }
  return byId;
}

function checkPairs(set: EvalSet, byId: Map<string, Item>, errors: string[]) {
  const seen = new Set<string>();
  const byLanguages = new Map<string, number>();
  const byKinds = new Map<string, number>();
  for (const [a, b] of set.pairs) {
    const x = byId.get(a);
    const y = byId.get(b);
    const at = `pair [${a}, ${b}]`;
    if (!x || !y) {
      errors.push(`${at}: unknown id`);
      continue;
    }
    const key = [a, b].sort().join('|');
    if (seen.has(key)) errors.push(`${at}: listed twice`);
    seen.add(key);
    if (a === b) errors.push(`${at}: an item paired with itself`);
    if (x.language === y.language) errors.push(`${at}: both in ${x.language}, pairs cross a language border`);
    if (!complementary(x.type, y.type)) errors.push(`${at}: ${x.type} and ${y.type} are not complementary`);
    const langs = [x.language, y.language].sort().join('↔');
    const kinds = [x.type, y.type].sort().join(' ↔ ');
    byLanguages.set(langs, (byLanguages.get(langs) ?? 0) + 1);
    byKinds.set(kinds, (byKinds.get(kinds) ?? 0) + 1);
  }
  return { byLanguages, byKinds, paired: new Set(set.pairs.flat()) };
}

function countBy<T>(values: T[]): Map<T, number> {
  const out = new Map<T, number>();
  for (const v of values) out.set(v, (out.get(v) ?? 0) + 1);
  return out;
}

function validate(file: string): number {
  const set = JSON.parse(readFileSync(file, 'utf8')) as EvalSet;
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!Array.isArray(set.items) || !Array.isArray(set.pairs)) errors.push('items and pairs must be arrays');
  const byId = checkItems(set, errors, warnings);
  const { byLanguages, byKinds, paired } = checkPairs(set, byId, errors);
  const distractors = set.items.filter((i) => !paired.has(i.id));
  if (distractors.length < paired.size) {
    errors.push(`${distractors.length} unpaired items, fewer than the ${paired.size} paired ones`);
  }
  console.log(`\n${file}: ${set.items.length} items, ${set.pairs.length} pairs, ${distractors.length} distractors`);
  console.log('  items per language:', Object.fromEntries(countBy(set.items.map((i) => i.language))));
  console.log('  items per type:', Object.fromEntries(countBy(set.items.map((i) => i.type))));
  console.log('  items with areas:', set.items.filter((i) => i.areas?.length).length);
  console.log('  pairs per language pair:', Object.fromEntries(byLanguages));
  console.log('  pairs per kind:', Object.fromEntries(byKinds));
  for (const w of warnings) console.log(`  warning: ${w}`);
  for (const e of errors) console.log(`  ERROR: ${e}`);
  return errors.length;
}

const here = dirname(fileURLToPath(import.meta.url));
const files = process.argv.slice(2);
const targets = files.length ? files : [join(here, 'dev.json'), join(here, 'held-out.json')];
const failed = targets.reduce((sum, f) => sum + validate(f), 0);
process.exit(failed ? 1 : 0);
