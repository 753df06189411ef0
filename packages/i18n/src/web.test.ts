import { describe, expect, it } from 'vitest';
import { resources } from './index.js';
import { loadWebMessages, WEB_NAMESPACES } from './web.js';

type Tree = { [key: string]: string | Tree };

function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : leafKeys(value, path);
  });
}

describe('web namespaces', () => {
  it('hold each message once, so that a key means the same whichever namespaces are loaded', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const namespace of WEB_NAMESPACES.filter((ns) => ns !== 'errors')) {
      for (const key of leafKeys(resources.en[namespace] as unknown as Tree)) {
        const first = seen.get(key);
        if (first) twice.push(`${key} (${first}, ${namespace})`);
        else seen.set(key, namespace);
      }
    }
    expect(twice).toEqual([]);
  });

  it("load one language's file of a namespace", async () => {
    for (const namespace of WEB_NAMESPACES) {
      expect(await loadWebMessages('zh', namespace)).toEqual(resources.zh[namespace]);
    }
  });
});
