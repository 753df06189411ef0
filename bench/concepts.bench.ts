/**
 * `npm run bench -- concepts`: the matcher's concept index in memory (ADR 0024). Builds the index of
 * the shipped taxonomy and glossary, padded with generated concepts to a glossary of GLOSSARY_SIZE, then
 * times finding the concepts of 2,000-character texts (Russian, Chinese, English, mixed) and scoring a
 * pair. Baseline: splitting the same texts into lower-cased words with a regular expression.
 */
import { performance } from 'node:perf_hooks';
import {
  buildConceptIndex,
  extractConcepts,
  extractFromTexts,
  type MatchSide,
  scoreMatch,
} from '../apps/api/src/modules/matching/concepts/index.js';
import type { GlossaryConcept } from '../apps/api/src/modules/matching/glossary/glossary-data.js';
import { loadGlossarySeed } from '../apps/api/src/modules/matching/glossary/glossary-data.js';
import { TAXONOMY_SEED } from '../apps/api/src/modules/matching/taxonomy-data.js';

const GLOSSARY_SIZE = 5000;
const RUNS = 2000;
const TEXT_LENGTH = 2000;

/** Made-up concepts with terms of one to three words, so the index has the size of a full glossary. */
function padding(from: number): GlossaryConcept[] {
  const ru = ['модуль', 'датчик', 'сплав', 'покрытие', 'реактор', 'фильтр', 'привод', 'мембрана'];
  const en = ['module', 'sensor', 'alloy', 'coating', 'reactor', 'filter', 'drive', 'membrane'];
  const zh = ['模块', '传感器', '合金', '涂层', '反应器', '过滤器', '驱动', '膜'];
  return Array.from({ length: Math.max(0, GLOSSARY_SIZE - from) }, (_, i) => ({
    id: `bench.c${i}`,
    area: null,
    ru: [`${ru[i % 8]} ${ru[(i >> 3) % 8]}ный т${i}`],
    zh: [`${zh[i % 8]}${zh[(i >> 3) % 8]}${i}`],
    en: [`${en[i % 8]} x${i} ${en[(i >> 3) % 8]}`],
  }));
}

const SOURCES = {
  ru: 'Компания производит твердотельные литий-ионные аккумуляторы и системы накопления энергии для электробусов, промышленных роботов и беспилотных летательных аппаратов; ищем партнёров для лицензирования. ',
  zh: '我公司寻求固态锂离子电池和储能系统技术，用于电动客车、工业机器人和无人机，要求解决热失控问题，欢迎合作。',
  en: 'We develop solid-state lithium-ion batteries and energy storage systems for electric buses, industrial robots and drones; looking for licensing partners. ',
  mixed: 'Модули Li-ion и LiDAR для беспилотных автомобилей, 激光雷达 и 锂电池, PEM electrolysers. ',
};
const fill = (s: string) => s.repeat(Math.ceil(TEXT_LENGTH / s.length)).slice(0, TEXT_LENGTH);

function time(fn: () => void): { p50: number; p95: number } {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(RUNS / 2)] ?? 0, p95: samples[Math.floor(RUNS * 0.95)] ?? 0 };
}

const shipped = loadGlossarySeed();
let t = performance.now();
const index = buildConceptIndex({ areas: TAXONOMY_SEED, glossary: [...shipped, ...padding(shipped.length)] });
const built = performance.now() - t;
console.log(`index: ${TAXONOMY_SEED.length} areas, ${index.concepts.size} concepts, built in ${built.toFixed(0)} ms`);

const ms = (x: number) => x.toFixed(3).padStart(8);
console.log(`\n${'2,000 characters'.padEnd(18)}${'p50 ms'.padStart(8)}${'p95 ms'.padStart(8)}  baseline p50`);
let worst = 0;
for (const [name, source] of Object.entries(SOURCES)) {
  const text = fill(source);
  for (let i = 0; i < 200; i++) extractConcepts(index, text);
  const r = time(() => extractConcepts(index, text));
  const base = time(() => text.toLowerCase().match(/[\p{L}\p{N}]+/gu));
  worst = Math.max(worst, r.p95);
  console.log(`${name.padEnd(18)}${ms(r.p50)}${ms(r.p95)}  ${ms(base.p50)}`);
}

const side = (type: MatchSide['type'], text: string): MatchSide => ({
  type,
  trl: 7,
  areas: [],
  concepts: extractFromTexts(index, [text]),
  cooperationForms: ['licence'],
  targetCountries: ['RU'],
  country: 'CN',
  deadline: null,
});
const a = side('technology_offer', fill(SOURCES.ru));
const b = side('technology_request', fill(SOURCES.zh));
const freq = { total: 100_000, of: (c: string) => (c.length * 7919) % 5000 };
t = performance.now();
const pairs = 100_000;
for (let i = 0; i < pairs; i++) scoreMatch(index, a, b, freq, '2026-12-03');
const perPair = ((performance.now() - t) / pairs) * 1000;
console.log(`\nscoreMatch: ${perPair.toFixed(1)} µs a pair (${a.concepts.length} and ${b.concepts.length} concepts)`);
console.log(`target: finding the concepts of 2,000 characters under 1 ms p95: ${worst < 1 ? 'met' : 'NOT met'}`);
