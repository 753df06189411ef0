import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

// The segmenter and its dictionary (a third of a second, about 40 MB once loaded) load on first use, so
// a process that segments no Chinese keeps none of it. Only the dictionary file is read:
// '@node-rs/jieba/dict.js' would also read an IDF table that segmentation does not use (11 MB on import).
let jieba: Jieba | undefined;
const segmenter = () => {
  if (!jieba) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    jieba = Jieba.withDict(fs.readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  }
  return jieba;
};

const HAN = /\p{Script=Han}/u;

/**
 * Chinese text as space-separated words, for PostgreSQL's `simple` text search configuration, which
 * cannot split Chinese itself. Search mode also emits the shorter words inside long ones
 * (中关村科技园区 → 中关村, 科技园, …) so a query for a part finds the whole.
 */
export function segmentForIndex(text: string): string {
  if (!HAN.test(text)) return text;
  return segmenter()
    .cutForSearch(text, true)
    .filter((w) => w.trim())
    .join(' ');
}

/** Several fields' texts segmented for the index, a line each (a field's own line breaks become spaces). */
export function segmentFieldsForIndex(texts: string[]): string {
  return texts.map((text) => segmentForIndex(text).replace(/\s+/g, ' ')).join('\n');
}

/** A query segmented the precise way: each word must then be present in the document. */
export function segmentQuery(text: string): string {
  if (!HAN.test(text)) return text;
  return segmenter()
    .cut(text, true)
    .filter((w) => w.trim())
    .join(' ');
}
