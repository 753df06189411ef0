import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.js';
import { API_DIR } from '../paths.js';
import { pgliteDataDir } from './embedded-data-dir.js';

// A first start on the embedded database with demo data copies a data directory that the build made
// (`node scripts/build.mjs demo`: the same work as a first start, done once) instead of creating the
// database, migrating it and seeding the demo data again. Kept apart from the database client, like
// embedded-data-dir.ts, so that the server can use it before it loads the platform.

/** Where the build puts the template: beside the bundled server, rebuilt with it. */
export const DEMO_TEMPLATE_DIR = path.join(API_DIR, 'dist/demo-data');

/** The file in a template that names the configuration it was made with. */
const TEMPLATE_FILE = 'demo-template.json';
/** Files of the build's own in the template, not copied. */
const NOT_COPIED = new Set([TEMPLATE_FILE, '.sources-hash']);

/**
 * What of a configuration shapes the data a first start writes (links in queued e-mails, where files
 * and anchors go, the audit key, who may submit): a template is used only by a configuration that
 * agrees on all of it. Hashed, so that no secret is written down.
 */
function templateKey(config: Config): string {
  const shape = {
    database: config.databaseUrl ? 'postgres' : 'pglite',
    demoData: config.demoData,
    env: config.env,
    publicUrl: config.publicUrl,
    mail: [config.smtpUrl, config.mailFrom],
    exchangeSubmitStatuses: config.exchangeSubmitStatuses,
    sessionTtlDays: config.sessionTtlDays,
    s3: config.s3,
    auditKey: config.audit.key,
    anchorsInDataDir: config.audit.anchorFile === path.join(config.dataDir, 'audit-anchors.jsonl'),
    anchorRetainDays: config.audit.anchorRetainDays,
  };
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex');
}

/** Marks `config.dataDir`, prepared as a first start prepares it, as a template for this configuration. */
export function markDemoTemplate(config: Config) {
  fs.writeFileSync(path.join(config.dataDir, TEMPLATE_FILE), `${JSON.stringify({ key: templateKey(config) })}\n`);
}

/** Whether this server runs from the bundle (`npm start`), beside which the build keeps the template. */
const runsBundled = () => fileURLToPath(import.meta.url).startsWith(path.join(API_DIR, 'dist') + path.sep);

/**
 * Creates a new embedded database with demo data by copying the template, when the bundled server has
 * one made for this configuration and the data directory holds nothing of another installation. The
 * database directory is copied beside its place and moved in last, so that an interrupted copy leaves
 * no database behind. Returns whether it did.
 */
export function copyDemoTemplate(config: Config, template = DEMO_TEMPLATE_DIR): boolean {
  if (template === DEMO_TEMPLATE_DIR && !runsBundled()) return false;
  let marked: { key?: string };
  try {
    marked = JSON.parse(fs.readFileSync(path.join(template, TEMPLATE_FILE), 'utf8'));
  } catch {
    return false;
  }
  if (marked.key !== templateKey(config)) return false;
  const entries = fs.readdirSync(template).filter((entry) => !NOT_COPIED.has(entry));
  const pgdata = path.basename(pgliteDataDir(config));
  if (!entries.includes(pgdata)) return false;
  // Whatever the data directory already holds (an audit key, files) belongs to another database.
  if (entries.some((entry) => fs.existsSync(path.join(config.dataDir, entry)))) return false;
  fs.mkdirSync(config.dataDir, { recursive: true });
  for (const entry of entries) {
    if (entry === pgdata) continue;
    fs.cpSync(path.join(template, entry), path.join(config.dataDir, entry), { recursive: true });
  }
  const building = `${pgliteDataDir(config)}.new`;
  fs.rmSync(building, { recursive: true, force: true });
  fs.cpSync(path.join(template, pgdata), building, { recursive: true });
  fs.renameSync(building, pgliteDataDir(config));
  return true;
}
