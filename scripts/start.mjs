// `npm start`: builds what changed since the last build (nothing, usually: `npm install` builds it
// all), then becomes the server. The builds run in processes of their own (scripts/build.mjs); the
// server replaces this process where Node.js can (process.execve), so that nothing of the launcher
// stays resident, and otherwise runs as its child with the same terminal, its exit code passed on.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from './build.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const API = path.join(ROOT, 'apps/api');
/** The server's command, its Node.js options included, as apps/api's own start script runs it. */
const apiStart = JSON.parse(fs.readFileSync(path.join(API, 'package.json'), 'utf8')).scripts.start.split(' ');
if (apiStart[0] !== 'node') throw new Error(`apps/api's start script runs no node: ${apiStart.join(' ')}`);
const SERVER = apiStart.slice(1);

const isFalse = (value) => ['false', '0', 'no', 'off'].includes(String(value ?? '').toLowerCase());

/**
 * Whether this start creates the embedded database with demo data, and so wants the demo template:
 * the server runs where `npm start` always ran it (apps/api), so DATA_DIR is read from there.
 */
function createsDemoDatabase(env) {
  if (env.DATABASE_URL || isFalse(env.DEMO_DATA)) return false;
  const dataDir = path.resolve(API, env.DATA_DIR || './data');
  return !fs.existsSync(path.join(dataDir, 'pgdata', 'PG_VERSION'));
}

try {
  await build(['web', 'api', ...(createsDemoDatabase(process.env) ? ['demo'] : [])]);
} catch (error) {
  console.error(`npm start: the build failed: ${error.message}`);
  process.exit(1);
}

process.chdir(API);
if (typeof process.execve === 'function') {
  process.execve(process.execPath, [process.execPath, ...SERVER], process.env);
}
// Without execve (Node.js before 22.15): the server as a child; signals from the terminal reach both.
const server = spawn(process.execPath, SERVER, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
server.once('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
