import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_STATUS, ERROR_TABLES } from '../index.js';
import { mergeErrorTables } from './error-table.js';

describe('error tables', () => {
  it('merges the modules’ codes into one code → status table', () => {
    const merged = mergeErrorTables({ one: { a_code: 404 }, two: { b_code: 409, c_code: 422 } });
    expect(merged).toEqual({ a_code: 404, b_code: 409, c_code: 422 });
  });

  it('refuses a code that two modules declare', () => {
    expect(() => mergeErrorTables({ one: { same_code: 404 }, two: { same_code: 409 } })).toThrow(
      'error code same_code is declared by both one and two',
    );
  });

  it('holds every module’s codes, each with its module’s status', () => {
    const fromModules = Object.values(ERROR_TABLES).flatMap((table) => Object.entries(table));
    expect(Object.entries(ERROR_STATUS)).toEqual(fromModules);
    expect(ERROR_CODES).toEqual(fromModules.map(([code]) => code));
  });

  it('takes each module’s table from the module list, by the name of its errors file', async () => {
    const src = new URL('../', import.meta.url);
    const files = (await readdir(src, { recursive: true })).filter((file) => /^\w+\/\w+\.errors\.ts$/.test(file));
    const declared = Object.fromEntries(
      await Promise.all(
        files.map(async (file) => {
          const module = file.split('/')[0] as string;
          const exports: Record<string, unknown> = await import(new URL(file, src).href);
          return [module, exports[`${module}Errors`]] as const;
        }),
      ),
    );
    expect(Object.keys(declared).length).toBeGreaterThan(0);
    expect(ERROR_TABLES).toEqual(declared);
    for (const [module, table] of Object.entries(declared)) {
      expect(ERROR_TABLES[module as keyof typeof ERROR_TABLES], module).toBe(table);
    }
  });

  it('names every code in snake case, as the translations key them', () => {
    expect(ERROR_CODES.filter((code) => !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(code))).toEqual([]);
  });
});
