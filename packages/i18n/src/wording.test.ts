import { describe, expect, it } from 'vitest';
import { resources } from './index.js';
import { latinWordsOutsideAllowList } from './latin-script.js';

type Tree = { [key: string]: string | Tree };

/** Every message of a language as `namespace:path → message`. */
function messages(lang: keyof typeof resources): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (tree: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      const path = prefix.endsWith(':') ? `${prefix}${key}` : `${prefix}.${key}`;
      if (typeof value === 'string') out.set(path, value);
      else walk(value, path);
    }
  };
  for (const [namespace, tree] of Object.entries(resources[lang])) walk(tree as unknown as Tree, `${namespace}:`);
  return out;
}

/** A message without its placeholders and its code spans (`csrf_failed` in the API documentation is a code). */
const withoutPlaceholders = (message: string) => message.replace(/\{\{[^}]*\}\}/g, '').replace(/`[^`]*`/g, '');

/** One quotation style per language: the marks each language must not use. */
const FOREIGN_QUOTES = {
  ru: /[“”„「」『』]/,
  zh: /[«»„「」『』]/,
  en: /[«»„「」『』]/,
} as const;

/**
 * The interface's words for the platform's main things (docs/glossary.md); notifications, e-mails
 * and errors say the same, not a synonym a reader would take for something else.
 */
const OFF_GLOSSARY: Record<keyof typeof resources, { word: RegExp; instead: string }[]> = {
  ru: [
    { word: /выражени\p{L}* интерес/iu, instead: 'отклик' },
    { word: /проявить интерес/iu, instead: 'откликнуться' },
    { word: /ваше предложение/iu, instead: 'ваша публикация' },
  ],
  zh: [
    { word: /交易平台/u, instead: '合作机会大厅' },
    { word: /对话/u, instead: '洽谈' },
    { word: /组织/u, instead: '机构' },
  ],
  en: [],
};

/** Each language's own name, shown in its own script (and marked with its `lang`) in the language menus. */
const ENDONYMS = /^app:languageName\./;

describe('wording', () => {
  for (const lang of ['ru', 'zh', 'en'] as const) {
    const all = messages(lang);

    it(`quotes in ${lang} with its own marks only`, () => {
      const foreign = [...all].filter(([, v]) => FOREIGN_QUOTES[lang].test(v)).map(([k, v]) => `${k}: ${v}`);
      expect(foreign).toEqual([]);
    });

    it(`shows no raw enum word (snake_case) in ${lang}`, () => {
      const raw = [...all]
        .filter(([, v]) => /\b[a-z][a-z0-9]*_[a-z0-9_]+\b/.test(withoutPlaceholders(v)))
        .map(([k, v]) => `${k}: ${v}`);
      expect(raw).toEqual([]);
    });

    it(`uses the interface's terms in ${lang}`, () => {
      const off = [...all].flatMap(([k, v]) =>
        OFF_GLOSSARY[lang].filter(({ word }) => word.test(v)).map(({ instead }) => `${k}: say “${instead}”: ${v}`),
      );
      expect(off).toEqual([]);
    });
  }

  for (const lang of ['ru', 'zh'] as const) {
    it(`writes nothing in Latin script in ${lang} but proper names and codes`, () => {
      const latin = [...messages(lang)]
        .filter(([k]) => !ENDONYMS.test(k))
        .map(([k, v]) => [k, latinWordsOutsideAllowList(v)] as const)
        .filter(([, words]) => words.length > 0)
        .map(([k, words]) => `${k}: ${words.join(', ')}`);
      expect(latin).toEqual([]);
    });
  }

  it('names a language inside a sentence in the reader’s language, not in its own script', () => {
    expect(resources.ru.app.localized.showIn.en).toBe('Показать текст на английском');
    expect(resources.zh.app.localized.showIn.en).toBe('显示英文原文');
    expect(resources.en.app.localized.showIn.ru).toBe('Show the text in Russian');
    for (const lang of ['ru', 'zh', 'en'] as const)
      expect(Object.values(resources[lang].app.localized.showIn).join(' ')).not.toMatch(/\{\{/);
  });
});

describe('the Latin-script allow-list', () => {
  it('lets proper names, codes, addresses and commands through', () => {
    expect(
      latinWordsOutsideAllowList(
        'Innobridge, ИНН, INN 7701234567, OGRN, ZGC, B2B, API-токены, anna@example.com, https://example.org/x, npm run audit:verify, DEV_MAILBOX=true, RU, A–Y, export.csv',
      ),
    ).toEqual([]);
  });

  it('reports English words', () => {
    expect(latinWordsOutsideAllowList('Показать текст на English, search down')).toEqual(['English', 'search', 'down']);
    expect(latinWordsOutsideAllowList('状态：in_review')).toEqual(['in_review']);
  });
});
