import { ERROR_CODES, ERROR_TABLES } from '@innobridge/contracts';
import { describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from './index.js';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a message tree as `path → message`. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (message: string) => [...message.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
  for (const namespace of NAMESPACES) {
    const byLanguage = Object.fromEntries(
      Object.entries(resources).map(([lang, ns]) => [lang, leaves(ns[namespace] as unknown as Tree)]),
    );
    const allKeys = new Set(Object.values(byLanguage).flatMap((m) => [...m.keys()]));

    it(`has every ${namespace} key in ru, zh and en`, () => {
      for (const [lang, messages] of Object.entries(byLanguage)) {
        const missing = [...allKeys].filter((k) => !messages.has(k));
        expect(missing, `${lang}/${namespace}.json lacks`).toEqual([]);
      }
    });

    it(`uses the same placeholders in every language of ${namespace}`, () => {
      for (const key of allKeys) {
        const [first, ...others] = Object.entries(byLanguage).map(([lang, m]) => ({
          lang,
          p: placeholders(m.get(key) ?? ''),
        }));
        for (const other of others)
          expect(other.p, `${namespace}:${key} in ${other.lang} vs ${first?.lang}`).toEqual(first?.p);
      }
    });

    it(`has no empty ${namespace} message`, () => {
      for (const [lang, messages] of Object.entries(byLanguage)) {
        const empty = [...messages].filter(([, v]) => v.trim() === '').map(([k]) => k);
        expect(empty, `${lang}/${namespace}.json`).toEqual([]);
      }
    });
  }

  it('has a message for every error code of the API', () => {
    expect(ERROR_CODES.length).toBeGreaterThan(0);
    for (const [lang, ns] of Object.entries(resources)) {
      const messages = leaves(ns.errors as unknown as Tree);
      expect(
        ERROR_CODES.filter((code) => !messages.has(code)),
        `${lang}/errors.json lacks`,
      ).toEqual([]);
    }
  });

  it('has a message for every error code of every module', () => {
    for (const [module, table] of Object.entries(ERROR_TABLES)) {
      expect(Object.keys(table).length, `${module} declares codes`).toBeGreaterThan(0);
      for (const [lang, ns] of Object.entries(resources)) {
        const messages = leaves(ns.errors as unknown as Tree);
        expect(
          Object.keys(table).filter((code) => !messages.has(code)),
          `${lang}/errors.json lacks codes of ${module}`,
        ).toEqual([]);
      }
    }
  });
});

describe('problem titles', () => {
  it('exist for every HTTP status an error code maps to', async () => {
    const { ERROR_STATUS } = await import('@innobridge/contracts');
    for (const [lang, ns] of Object.entries(resources)) {
      const titles = (ns.errors as unknown as { http: Record<string, string> }).http;
      for (const status of new Set(Object.values(ERROR_STATUS)))
        expect(titles[String(status)], `${lang} http.${status}`).toBeTruthy();
    }
  });
});
