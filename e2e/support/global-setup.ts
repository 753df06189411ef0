import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { markDemoTemplate } from '../../apps/api/src/db/demo-template.js';
import { prepareEmbeddedDatabase } from '../../apps/api/src/platform.js';
import { testPlatformConfig } from './platform.js';

/**
 * Prepares the two databases the browser tests start from once for the whole run, as the build
 * prepares the demo database for `npm start`: one migrated and empty, one with the demo data. Each
 * platform under test copies the one made for its configuration into a data directory of its own.
 */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'innobridge-e2e-templates-'));
  const templates: string[] = [];
  for (const demoData of [true, false]) {
    const config = testPlatformConfig(path.join(root, demoData ? 'demo' : 'empty'), { demoData });
    await prepareEmbeddedDatabase(config);
    markDemoTemplate(config);
    templates.push(config.dataDir);
  }
  project.provide('e2eTemplates', templates);
  return () => rm(root, { recursive: true, force: true });
}
