import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.js';
import { auditVerifyCommand } from './audit-verify.js';
import { loadConfig } from './config.js';
import { openPglite } from './db/client.js';
import { pgliteDataDir } from './db/embedded-data-dir.js';
import { migrateDatabase } from './db/migrate.js';
import { memoryCounterStore } from './lib/rate-limiter.js';
import { writeAnchor } from './modules/audit/index.js';
import { provisionUser } from './modules/identity/index.js';

// The command against an embedded database in a data directory of its own, as an installation has.
let dataDir: string;
const env = () => ({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });

async function withDatabase(work: (query: (sql: string, params?: unknown[]) => Promise<unknown>) => Promise<void>) {
  const database = await openPglite({ dataDir: pgliteDataDir(loadConfig(env())) });
  try {
    await work((sql, params) => database.query(sql, params));
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'innobridge-audit-verify-'));
  const config = loadConfig({ ...env(), DEMO_DATA: 'false', WEB_DIST: '/nonexistent' });
  const database = await openPglite({ dataDir: pgliteDataDir(config), createHere: true });
  await migrateDatabase(database);
  const { app, ctx } = await buildApp({ config, database, counters: memoryCounterStore() });
  for (const n of [1, 2, 3]) {
    await provisionUser(ctx, {
      email: `user${n}@example.com`,
      password: 'long enough secret 42',
      displayName: `User ${n}`,
      locale: 'en',
      roles: [],
    });
  }
  await writeAnchor(ctx);
  await app.close();
  await database.close();
});
afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

const run = async (extra: Record<string, string> = {}) => {
  const lines: string[] = [];
  const code = await auditVerifyCommand({ ...env(), ...extra }, (line) => lines.push(line));
  return { code, lines };
};

describe('npm run audit:verify', () => {
  it('answers 0 and says the log is intact, in the language of LANG', async () => {
    const en = await run({ LANG: 'en_GB.UTF-8' });
    expect(en.code).toBe(0);
    expect(en.lines[0]).toBe('The chain is intact. Entries checked: 3.');
    expect(en.lines[1]).toMatch(/^Last anchor: entry #3, /);
    const ru = await run({ LANG: 'ru_RU.UTF-8' });
    expect(ru.lines[0]).toBe('Цепочка не нарушена. Проверено записей: 3.');
  });

  it('answers 1 and names the removal when the newest entries were deleted', async () => {
    await withDatabase(async (query) => {
      await query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await query('delete from audit_log where seq > 1');
      await query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    });
    const en = await run({ LANG: 'C' });
    expect(en.code).toBe(1);
    expect(en.lines[0]).toBe('Entries after #1 were removed: an anchor vouches for entry #3.');
    expect(en.lines[1]).toBe('Entries verified: 1 of 1.');
    const zh = await run({ LC_ALL: 'zh_CN.UTF-8' });
    expect(zh.lines[0]).toBe('第 1 条之后的记录被删除：有锚点证明第 3 条记录曾经存在。');
  });

  it('answers 2 without a key to check with, rather than making one up', async () => {
    await fs.rename(path.join(dataDir, 'audit.key'), path.join(dataDir, 'audit.key.away'));
    try {
      const { code, lines } = await run();
      expect(code).toBe(2);
      expect(lines[0]).toMatch(/^No audit key: set AUDIT_KEY/);
      await expect(fs.access(path.join(dataDir, 'audit.key'))).rejects.toThrow();
    } finally {
      await fs.rename(path.join(dataDir, 'audit.key.away'), path.join(dataDir, 'audit.key'));
    }
  });

  it('answers 1 when checked with another key', async () => {
    const { code, lines } = await run({ AUDIT_KEY: 'some other key of at least 32 characters' });
    expect(code).toBe(1);
    expect(lines[0]).toBe('Entry #1 was altered: its signature or its link to the entry before no longer holds.');
  });
});
