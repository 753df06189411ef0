import type { Locale, MatchNote } from '@innobridge/contracts';

/** How a proposal's score (0–1) is told to a reader: a band, never the number itself. */
export type ScoreBand = 'strong' | 'good' | 'possible';

/** The lowest score of each band (the matcher's scores: concepts and areas weighted, then compatibility). */
export const SCORE_BANDS: readonly { band: ScoreBand; from: number }[] = [
  { band: 'strong', from: 0.5 },
  { band: 'good', from: 0.25 },
  { band: 'possible', from: Number.NEGATIVE_INFINITY },
];

export function scoreBand(score: number): ScoreBand {
  return SCORE_BANDS.find((entry) => score >= entry.from)?.band ?? 'possible';
}

/**
 * The language a word found in a text is written in, from its script: the words of each side are
 * quoted as written there, and marked with their language for screen readers and fonts.
 */
export function scriptLanguage(word: string): Locale {
  if (/[\u3400-\u9fff\uf900-\ufaff]/u.test(word)) return 'zh';
  if (/\p{Script=Cyrillic}/u.test(word)) return 'ru';
  return 'en';
}

/**
 * Whose point of view the explanation takes: "mine" where the proposal is for the reader's own
 * opportunity (the dashboard), "this" on an opportunity's page, read by anyone.
 */
export type Perspective = 'mine' | 'this';

type SidedCode = 'pilot_ready' | 'country_targeted' | 'country_not_targeted' | 'deadline_near' | 'deadline_passed';
type SideKey = 'mine' | 'this' | 'theirs' | 'theirsThis';

/** The message key of a compatibility note, from its code, its side and the perspective. */
export type NoteKey =
  | 'matching.note.forms_shared'
  | `matching.note.forms_differ.${Perspective}`
  | `matching.note.${SidedCode}.${SideKey}`;

export function noteKey(note: MatchNote, perspective: Perspective): NoteKey {
  switch (note.code) {
    case 'forms_shared':
      return 'matching.note.forms_shared';
    case 'forms_differ':
      return `matching.note.forms_differ.${perspective}`;
    default: {
      const side: SideKey = note.side === 'a' ? perspective : perspective === 'mine' ? 'theirs' : 'theirsThis';
      return `matching.note.${note.code}.${side}`;
    }
  }
}
