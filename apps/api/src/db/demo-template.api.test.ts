import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditVerifyCommand } from '../audit-verify.js';
import { loadConfig } from '../config.js';
import { demoOrganizations } from '../demo/demo-data.js';
import { makeDemoTemplate } from '../platform.js';
import { openPglite } from './client.js';
import { copyDemoTemplate } from './demo-template.js';
import { pgliteDataDir } from './embedded-data-dir.js';

// The demo template is made as the build makes it (on the embedded database, whatever the test run's
// database), then copied into new data directories as a first start copies it.
let root: string;
let template: string;
const env = (dataDir: string, extra: Record<string, string> = {}) => ({
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  WEB_DIST: '/nonexistent',
  ...extra,
});
const configFor = (dataDir: string, extra: Record<string, string> = {}) => loadConfig(env(dataDir, extra));

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'innobridge-demo-template-'));
  template = path.join(root, 'template');
  await makeDemoTemplate(configFor(template));
}, 600_000);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the demo template', () => {
  it('makes a new data directory with the demo data, whose audit log checks with the key copied along', async () => {
    const dataDir = path.join(root, 'copy');
    expect(copyDemoTemplate(configFor(dataDir), template)).toBe(true);
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('pgdata'))).toEqual(['pgdata']);
    expect(fs.existsSync(path.join(dataDir, 'demo-template.json'))).toBe(false);
    expect(fs.readFileSync(path.join(dataDir, 'audit.key'), 'utf8')).toBe(
      fs.readFileSync(path.join(template, 'audit.key'), 'utf8'),
    );
    expect((fs.statSync(path.join(dataDir, 'audit.key')).mode & 0o777).toString(8)).toBe('600');

    const database = await openPglite({ dataDir: pgliteDataDir(configFor(dataDir)) });
    try {
      const { rows } = await database.query('select count(*)::int as n from organizations');
      expect(rows[0]?.n).toBe(demoOrganizations.length);
    } finally {
      await database.close();
    }
    const lines: string[] = [];
    expect(await auditVerifyCommand(env(dataDir, { LANG: 'en_GB.UTF-8' }), (line) => lines.push(line))).toBe(0);
    expect(lines[0]).toMatch(/^The chain is intact\./);
  }, 120_000);

  it('is not used by a configuration whose address differs: its e-mail links would point elsewhere', () => {
    const dataDir = path.join(root, 'elsewhere');
    expect(copyDemoTemplate(configFor(dataDir, { PUBLIC_URL: 'https://innobridge.example' }), template)).toBe(false);
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('is not used with an audit key of the configuration, which did not sign its log', () => {
    const dataDir = path.join(root, 'keyed');
    expect(copyDemoTemplate(configFor(dataDir, { AUDIT_KEY: 'a key of this installation, 32+ chars' }), template)).toBe(
      false,
    );
    expect(fs.existsSync(dataDir)).toBe(false);
  });

  it('leaves a data directory that holds another installation’s key alone', () => {
    const dataDir = path.join(root, 'taken');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(path.join(dataDir, 'audit.key'), 'the key of another installation, kept\n');
    expect(copyDemoTemplate(configFor(dataDir), template)).toBe(false);
    expect(fs.readdirSync(dataDir)).toEqual(['audit.key']);
    expect(fs.readFileSync(path.join(dataDir, 'audit.key'), 'utf8')).toBe('the key of another installation, kept\n');
  });

  it('is not used where none was made', () => {
    expect(copyDemoTemplate(configFor(path.join(root, 'none')), path.join(root, 'no-template'))).toBe(false);
  });
});
