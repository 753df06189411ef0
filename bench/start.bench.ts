/**
 * `npm start` as a person runs it: time from the command to the first 200 on /api/health (and the web
 * app's index on /), and the peak resident memory of every process it runs, for a first start right
 * after `npm install` (whose build, `npm run build`, is measured first: time and every process's peak
 * memory), with no data yet, and for a start with nothing to rebuild on the data the first one made.
 * It runs in a copy of this checkout's files (tracked and not ignored) in a temporary directory, whose
 * node_modules links to this one's packages, so that the checkout's own builds and data stay untouched.
 * Baseline in the same run: a bare Node.js HTTP server. Targets: first start < 5 s, every process of
 * `npm start` < 300 MB, neither start builds anything, no npm process left once the server answers.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { withTempDir } from './support/scratch.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const IDLE_MS = 3000;
const SAMPLE_MS = 20;
const PORT = 3911;

type Proc = { pid: number; command: string; peakMb: number; alive: boolean };
type Row = { case: string; toHealthyMs: number; webApp: boolean; processes: Proc[] };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every process under `root` (itself included), read from /proc. */
function descendants(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces; the parent pid is the 2nd field after it.
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parentOf.set(Number(entry), Number(after[1]));
    } catch {
      // gone meanwhile
    }
  }
  const found = [root];
  for (let i = 0; i < found.length; i++) {
    for (const [pid, parent] of parentOf) if (parent === found[i]) found.push(pid);
  }
  return found;
}

/** A process's peak resident memory so far (VmHWM) in MB, and its command line; null once gone. */
function readProc(pid: number): { peakMb: number; command: string } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    return { peakMb: Math.round(kb / 1024), command: shorten(argv) };
  } catch {
    return null;
  }
}

/** A command line without directories, cut to a readable length. */
function shorten(argv: string[]): string {
  const text = argv.map((arg) => (arg.includes('/') && !arg.startsWith('-') ? path.basename(arg) : arg)).join(' ');
  return text.length > 70 ? `${text.slice(0, 67)}…` : text;
}

/** The environment without what `npm run bench` added, as in a person's shell. */
const personsEnv = () => Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));

async function measure(label: string, command: string, args: string[], cwd: string): Promise<Row> {
  const started = performance.now();
  const child: ChildProcess = spawn(command, args, {
    cwd,
    detached: true, // a process group of its own, stopped as a whole at the end
    env: { ...personsEnv(), PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const root = child.pid as number;
  const seen = new Map<number, Proc>();
  const sample = () => {
    const alive = new Set(descendants(root));
    for (const pid of alive) {
      const read = readProc(pid);
      if (!read) continue;
      const known = seen.get(pid);
      // A process that replaces itself (exec) keeps its pid: the last command names it (none once exited).
      const command = read.command || known?.command || '?';
      seen.set(pid, { pid, command, peakMb: Math.max(known?.peakMb ?? 0, read.peakMb), alive: true });
    }
    for (const proc of seen.values()) if (!alive.has(proc.pid)) proc.alive = false;
  };
  const sampler = setInterval(sample, SAMPLE_MS);
  try {
    let toHealthyMs = 0;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${label}: exited with ${child.exitCode}`);
      try {
        const res = await fetch(`http://127.0.0.1:${PORT}/api/health`);
        if (res.status === 200) {
          toHealthyMs = Math.round(performance.now() - started);
          break;
        }
      } catch {
        // not listening yet
      }
      if (performance.now() - started > 300_000) throw new Error(`${label}: no 200 within 300 s`);
      await sleep(20);
    }
    const index = await fetch(`http://127.0.0.1:${PORT}/`).catch(() => null);
    const webApp = !!index && index.status === 200 && (await index.text()).includes('<div id="root">');
    await sleep(IDLE_MS);
    sample();
    return { case: label, toHealthyMs, webApp, processes: [...seen.values()] };
  } finally {
    clearInterval(sampler);
    try {
      process.kill(-root, 'SIGTERM');
    } catch {
      // already gone
    }
    if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    // The server stops on SIGTERM after its requests and jobs; wait for the port to be free again.
    for (let i = 0; i < 200; i++) {
      if (!(await fetch(`http://127.0.0.1:${PORT}/api/health`).catch(() => null))) break;
      await sleep(50);
    }
  }
}

/** This checkout's files (tracked, and untracked but not ignored) copied into `dir`, node_modules linked. */
function copyCheckout(dir: string) {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = path.join(ROOT, file);
    if (!fs.existsSync(from)) continue; // deleted in the work tree
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dir, file));
  }
  // The installed packages are linked one by one; the workspaces' own links point into the copy, so that
  // the copy's server finds its own directory, build output and data through its package name.
  const modules = path.join(dir, 'node_modules');
  fs.mkdirSync(path.join(modules, '@innobridge'), { recursive: true });
  for (const entry of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (entry !== '@innobridge') fs.symlinkSync(path.join(ROOT, 'node_modules', entry), path.join(modules, entry));
  }
  for (const entry of fs.readdirSync(path.join(ROOT, 'node_modules/@innobridge'))) {
    const target = fs.readlinkSync(path.join(ROOT, 'node_modules/@innobridge', entry));
    fs.symlinkSync(target, path.join(modules, '@innobridge', entry));
  }
}

/** Runs a command to its end in the copy, sampling its processes; the time it took. */
async function measureBuild(label: string, command: string, args: string[], cwd: string): Promise<Row> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    env: { ...personsEnv(), PORT: String(PORT) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const seen = new Map<number, Proc>();
  const sampler = setInterval(() => {
    for (const pid of descendants(child.pid as number)) {
      const read = readProc(pid);
      if (!read) continue;
      const known = seen.get(pid);
      const command = read.command || known?.command || '?';
      seen.set(pid, { pid, command, peakMb: Math.max(known?.peakMb ?? 0, read.peakMb), alive: false });
    }
  }, SAMPLE_MS);
  const code = await new Promise((r) => child.once('exit', r));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${label}: exited with ${code}`);
  return {
    case: label,
    toHealthyMs: Math.round(performance.now() - started),
    webApp: false,
    processes: [...seen.values()],
  };
}

const rows: Row[] = [];
await withTempDir('innobridge-bench-start', async (dir) => {
  copyCheckout(dir);
  const baseline = [
    '-e',
    "require('node:http').createServer((q,s)=>{s.end('ok')}).listen(process.env.PORT,'127.0.0.1')",
  ];
  rows.push(await measure('baseline: bare node http server', process.execPath, baseline, dir));
  // What `npm install` runs once its packages are in (the root's prepare script): every build.
  rows.push(await measureBuild('the build of npm install (npm run build)', 'npm', ['run', 'build'], dir));
  rows.push(await measure('npm start, first (after npm install; no data)', 'npm', ['start'], dir));
  rows.push(await measure('npm start, nothing to rebuild', 'npm', ['start'], dir));
});

console.table(
  rows.map((r) => ({
    case: r.case,
    'to first 200 (ms)': r.toHealthyMs,
    'web app served': r.webApp,
    processes: r.processes.length,
    'largest peak RSS (MB)': Math.max(...r.processes.map((p) => p.peakMb)),
  })),
);
for (const row of rows.slice(1)) {
  console.log(`\n${row.case}: every process it ran (peak RSS; * still running once the server answered)`);
  console.table(
    row.processes.map((p) => ({ command: p.command, 'peak RSS (MB)': p.peakMb, resident: p.alive ? '*' : '' })),
  );
}
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const [first, warm] = [rows[2], rows[3]];
if (first && warm) {
  const all = [...first.processes, ...warm.processes];
  const builds = (row: Row) => row.processes.filter((p) => /vite|esbuild|build|template/.test(p.command)).length;
  const npmResident = (row: Row) => row.processes.filter((p) => p.alive && /^npm/.test(p.command)).length;
  console.log(`\nfirst start < 5 s: ${verdict(first.toHealthyMs < 5_000)}`);
  console.log(`every process of npm start < 300 MB: ${verdict(all.every((p) => p.peakMb < 300))}`);
  console.log(`nothing rebuilt on either start: ${verdict(builds(first) === 0 && builds(warm) === 0)}`);
  console.log(
    `npm processes resident once the server answers: ${npmResident(first)} (first), ${npmResident(warm)} (second)`,
  );
}
