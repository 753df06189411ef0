import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

// Loading the dictionary takes a third of a second: once, on first use.
let jieba: Jieba | undefined;
const segmenter = () => {
  jieba ??= Jieba.withDict(dict);
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

/** A query segmented the precise way: each word must then be present in the document. */
export function segmentQuery(text: string): string {
  if (!HAN.test(text)) return text;
  return segmenter()
    .cut(text, true)
    .filter((w) => w.trim())
    .join(' ');
}
