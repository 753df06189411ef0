import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { type Config, loadConfig } from '../../apps/api/src/config.js';
import { copyDemoTemplate } from '../../apps/api/src/db/demo-template.js';
import { provisionUser } from '../../apps/api/src/modules/identity/index.js';
import { startPlatform } from '../../apps/api/src/platform.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Data directories prepared once per run (e2e/support/global-setup.ts), copied by each platform. */
    e2eTemplates: string[];
  }
}

export type ProvisionedUser = {
  email: string;
  password: string;
  displayName: string;
  locale: 'ru' | 'zh' | 'en';
  roles: { role: 'operator' | 'board_member' | 'admin'; jurisdiction?: 'RU' | 'CN' }[];
};

export type TestPlatform = {
  url: string;
  dataDir: string;
  mailDir: string;
  /**
   * Creates a confirmed account with platform roles, as an installation's first administrator or the
   * demo data would: staff accounts are never self-service, and the browser tests need an operator.
   */
  provisionUser(user: ProvisionedUser): Promise<string>;
  /** SQL on the platform's database, for data no screen makes in bulk. */
  query(text: string, values?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
  stop(): Promise<void>;
};

export type TestPlatformOptions = { demoData?: boolean; env?: Record<string, string> };

/** The configuration of a platform under test whose data lives in `dataDir`. */
export function testPlatformConfig(dataDir: string, options: TestPlatformOptions = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PORT: '0',
    DEMO_DATA: options.demoData ? 'true' : 'false',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
}

/** The run's prepared data directories (none when the run was started without the e2e global setup). */
function preparedTemplates(): string[] {
  try {
    return inject('e2eTemplates') ?? [];
  } catch {
    return [];
  }
}

/**
 * The whole platform (API, web app, jobs) on an ephemeral port with a fresh embedded database,
 * empty or with the demo data a new installation gets. The database is a copy of the one the run
 * prepared for this configuration, as `npm start` copies the build's demo database; a configuration
 * no prepared directory was made for creates its database as a first start does.
 */
export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'innobridge-e2e-'));
  const config = testPlatformConfig(dataDir, options);
  preparedTemplates().some((template) => copyDemoTemplate(config, template));
  const platform = await startPlatform(config);
  return {
    url: platform.url,
    dataDir,
    mailDir: path.join(dataDir, 'mail'),
    provisionUser: (user) => provisionUser(platform.ctx, user),
    query: (text, values) => platform.ctx.database.query(text, values),
    async stop() {
      await platform.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
