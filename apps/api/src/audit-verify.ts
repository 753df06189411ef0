import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Locale } from '@innobridge/contracts';
import { ConfigError, loadConfig } from './config.js';
import { type Database, openPglite, openPostgres } from './db/client.js';
import { pgliteDataDir, pgliteDataDirExists } from './db/embedded-data-dir.js';
import { auditKeyFile, describeVerification, loadAuditKey, verifyStoredChain } from './modules/audit/index.js';

/** The language of the terminal (LANG, LC_ALL, LC_MESSAGES): Russian, Chinese, or English. */
export function terminalLocale(env: NodeJS.ProcessEnv): Locale {
  const tag = (env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase();
  if (tag.startsWith('ru')) return 'ru';
  if (tag.startsWith('zh')) return 'zh';
  return 'en';
}

/**
 * `npm run audit:verify`: opens the configured database (the embedded one in DATA_DIR, or
 * DATABASE_URL), checks the audit chain with the key and against the anchors, prints what it found
 * and answers 0 for an intact log, 1 for a broken one, 2 when it could not check.
 */
export async function auditVerifyCommand(
  env: NodeJS.ProcessEnv,
  print: (line: string) => void = console.log,
): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    print(error.message);
    return 2;
  }
  // A key made up now would find every entry forged: without one, there is nothing to check with.
  if (!config.audit.key && !fs.existsSync(auditKeyFile(config))) {
    print(`No audit key: set AUDIT_KEY, or run this where ${auditKeyFile(config)} is.`);
    return 2;
  }
  let database: Database;
  if (config.databaseUrl) database = await openPostgres(config.databaseUrl, { max: 1 });
  else {
    const dataDir = pgliteDataDir(config);
    if (!pgliteDataDirExists(dataDir)) {
      print(`No database in ${dataDir}: set DATA_DIR or DATABASE_URL.`);
      return 2;
    }
    database = await openPglite({ dataDir });
  }
  try {
    const result = await verifyStoredChain(database.db, config, loadAuditKey(config));
    for (const line of describeVerification(result, terminalLocale(env))) print(line);
    return result.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  auditVerifyCommand(process.env).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(2);
    },
  );
}
