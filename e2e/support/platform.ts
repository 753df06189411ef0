import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../apps/api/src/config.js';
import { provisionUser } from '../../apps/api/src/modules/identity/index.js';
import { startPlatform } from '../../apps/api/src/platform.js';

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

/**
 * The whole platform (API, web app, jobs) on an ephemeral port with a fresh embedded database,
 * empty or with the demo data a new installation gets.
 */
export async function startTestPlatform(
  options: { demoData?: boolean; env?: Record<string, string> } = {},
): Promise<TestPlatform> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'innobridge-e2e-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PORT: '0',
    DEMO_DATA: options.demoData ? 'true' : 'false',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
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
