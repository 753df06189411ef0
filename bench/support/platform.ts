/// <reference path="../../apps/api/src/modules/identity/fxa.d.ts" />
import { loadConfig } from '../../apps/api/src/config.js';
import { type Platform, startPlatform } from '../../apps/api/src/platform.js';

/**
 * The whole platform in this process, quiet, on an ephemeral port, without demo data: on PostgreSQL
 * with `databaseUrl`, else on PGlite in `dataDir`; `env` adds to its configuration. `base` is its address.
 */
export async function startBenchPlatform(dataDir: string, databaseUrl?: string, env: Record<string, string> = {}) {
  const platform: Platform = await startPlatform(
    loadConfig({
      ...(databaseUrl ? { DATABASE_URL: databaseUrl, AUDIT_KEY: 'benchmark audit key, not a secret of anyone' } : {}),
      PORT: '0',
      DEMO_DATA: 'false',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      ...env,
    }),
  );
  return { platform, base: platform.url.replace('//localhost:', '//127.0.0.1:') };
}
