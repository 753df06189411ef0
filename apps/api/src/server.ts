import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.js';
import { copyDemoTemplate } from './db/demo-template.js';
import { isNewEmbeddedDatabase } from './db/embedded-data-dir.js';

// Only what decides how to start is imported up front; the platform itself (database drivers, the
// web server, every module) is imported on demand, so that on a first start it loads while the child
// process is already creating the database (the bundle keeps it in a chunk of its own).
const loadPlatform = () => import('./platform.js');

/** The argument on which this same program prepares a new embedded database, then exits. */
const PREPARE_DATABASE = '--prepare-embedded-database';
/** The argument on which it prepares one in DATA_DIR as the demo template (scripts/build.mjs), then exits. */
const MAKE_DEMO_TEMPLATE = '--make-demo-template';

/** Runs this program (sources or bundle, with the same Node.js options) as a child that prepares the database. */
async function prepareInChildProcess(): Promise<void> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), PREPARE_DATABASE], {
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`preparing the new embedded database failed (exit code ${code})`);
}

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (process.argv.includes(PREPARE_DATABASE)) {
    const { prepareEmbeddedDatabase } = await loadPlatform();
    await prepareEmbeddedDatabase(config);
    process.exit(0);
  }
  if (process.argv.includes(MAKE_DEMO_TEMPLATE)) {
    const { makeDemoTemplate } = await loadPlatform();
    await makeDemoTemplate(config);
    process.exit(0);
  }
  let preparing: Promise<void> | undefined;
  if (isNewEmbeddedDatabase(config)) {
    if (config.demoData && copyDemoTemplate(config)) {
      console.log('Created the embedded database with the demo data prepared by the build.');
    } else {
      console.log('Creating the embedded database…');
      preparing = prepareInChildProcess();
    }
  }
  const [{ startPlatform }, { demoAccounts, DEMO_PASSWORD }] = await Promise.all([
    loadPlatform(),
    import('./demo/demo-data.js'),
    preparing,
  ]);
  const platform = await startPlatform(config);
  console.log(`\nInnobridge is running at ${platform.url}`);
  console.log(`  API docs: ${platform.url}/api/docs`);
  if (!config.smtpUrl) console.log(`  No mail server (SMTP_URL): e-mail goes to ${config.mailDir} as .eml files.`);
  if (config.devMailbox) {
    console.log(`  Read it, and confirm new accounts, in the mailbox: ${platform.url}/dev/mailbox`);
    console.log('  (anyone who can reach this instance reads it there: a development aid, never for production)');
    if (config.env === 'production') console.log('  WARNING: DEV_MAILBOX=true with NODE_ENV=production.');
  }
  if (config.demoData) {
    console.log(`  Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const account of demoAccounts) {
      const roles = account.roles.map((r) => (r.jurisdiction ? `${r.role} ${r.jurisdiction}` : r.role)).join(', ');
      console.log(`    ${account.email.padEnd(36)} ${account.displayName}${roles ? ` — ${roles}` : ''}`);
    }
    console.log('  An admin role applies once two-factor sign-in is on (Account, with any authenticator app).');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: finishing requests and jobs, then stopping…`);
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    await platform.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
