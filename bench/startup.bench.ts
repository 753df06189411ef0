/**
 * Startup benchmark: time from process start to the first 200 on /api/health, and resident memory
 * once idle, on PGlite and on PostgreSQL, for a first start (new database with demo data) and a
 * restart on the same data. Baseline in the same run: a bare Node.js HTTP server started the same way.
 * Targets on PGlite: restart < 3 s, first start < 15 s, idle memory < 300 MB.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withScratchDatabase, withTempDir } from './support/scratch.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const IDLE_MS = 3000;

type Row = { case: string; toHealthyMs: number; idleRssMb: number };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

async function measure(label: string, args: string[], env: Record<string, string>, port: number): Promise<Row> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${label}: exited with ${child.exitCode}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (res.status === 200) break;
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 120_000) throw new Error(`${label}: no 200 within 120 s`);
      await sleep(20);
    }
    const toHealthyMs = Math.round(performance.now() - started);
    await sleep(IDLE_MS);
    return { case: label, toHealthyMs, idleRssMb: rssMb(child.pid as number) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

// What `npm start` runs: the server bundled by `npm run build:api` (built once here), started with the
// Node.js arguments of apps/api's start script.
execFileSync('npm', ['run', 'build:api'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const API_DIR = path.join(ROOT, 'apps/api');
const startScript: string = JSON.parse(fs.readFileSync(path.join(API_DIR, 'package.json'), 'utf8')).scripts.start;
const [command, ...startArgs] = startScript.split(' ');
if (command !== 'node') throw new Error(`unexpected start script: ${startScript}`);
const server = startArgs.map((arg) => (arg.startsWith('-') ? arg : path.join(API_DIR, arg)));
const baseline = ['-e', "require('node:http').createServer((q,s)=>{s.end('ok')}).listen(process.env.PORT,'127.0.0.1')"];
const rows: Row[] = [];

await withTempDir('innobridge-bench', async (dataDir) => {
  rows.push(await measure('baseline: bare node http server', baseline, {}, 3901));
  rows.push(await measure('PGlite, first start (demo data)', server, { DATA_DIR: dataDir }, 3902));
  rows.push(await measure('PGlite, restart', server, { DATA_DIR: dataDir }, 3903));
  await withScratchDatabase('innobridge_bench', async (url) => {
    const env = {
      DATA_DIR: dataDir,
      DATABASE_URL: url,
      AUDIT_KEY: 'benchmark audit key, not a secret of anyone',
      DEMO_DATA: 'true',
    };
    rows.push(await measure('PostgreSQL, first start (demo data)', server, env, 3904));
    rows.push(await measure('PostgreSQL, restart', server, env, 3905));
  });
});

console.table(rows.map((r) => ({ case: r.case, 'to first 200 (ms)': r.toHealthyMs, 'idle RSS (MB)': r.idleRssMb })));
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const first = rows.find((r) => r.case.startsWith('PGlite, first'));
const restart = rows.find((r) => r.case === 'PGlite, restart');
if (first && restart) {
  console.log(`PGlite first start < 15 s: ${verdict(first.toHealthyMs < 15_000)}`);
  console.log(`PGlite restart < 3 s: ${verdict(restart.toHealthyMs < 3_000)}`);
  console.log(`PGlite idle memory < 300 MB: ${verdict(Math.max(first.idleRssMb, restart.idleRssMb) < 300)}`);
}
