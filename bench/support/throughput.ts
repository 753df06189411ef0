/**
 * What the platform serves under concurrency: the built server in a process of its own (as `npm start`
 * runs it), loaded by autocannon from this process, and the SQL statements each request issues,
 * counted by a proxy between the server and PostgreSQL.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { getText } from './measure.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const API_DIR = path.join(ROOT, 'apps/api');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds the server once, as `npm start` does (`npm run build:api`). */
export function buildServer() {
  execFileSync('npm', ['run', 'build:api'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The server bundled by `npm run build:api`, with the Node.js arguments of apps/api's start script. */
function serverArgs(): string[] {
  const startScript: string = JSON.parse(fs.readFileSync(path.join(API_DIR, 'package.json'), 'utf8')).scripts.start;
  const [command, ...args] = startScript.split(' ');
  if (command !== 'node') throw new Error(`unexpected start script: ${startScript}`);
  return args.map((arg) => (arg.startsWith('-') ? arg : path.join(API_DIR, arg)));
}

export type ServerProcess = { base: string; child: ChildProcess; stop(): Promise<void> };

/** Starts the built server with `env` on `port` and waits (up to 10 minutes) for its first 200. */
export async function startServerProcess(env: Record<string, string>, port: number): Promise<ServerProcess> {
  const child = spawn(process.execPath, serverArgs(), {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
  const started = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then(
      (res) => res.status === 200,
      () => false,
    );
    if (ok) return { base, child, stop };
    if (performance.now() - started > 600_000) {
      await stop();
      throw new Error('server: no 200 within 10 minutes');
    }
    await sleep(50);
  }
}

/**
 * A TCP proxy in front of PostgreSQL that counts the statements the clients send: each simple query
 * ('Q') and each execution of a prepared one ('E') of the wire protocol. `url` is DATABASE_URL with
 * the proxy's port.
 */
export async function statementCountingProxy(databaseUrl: string) {
  const target = new URL(databaseUrl);
  let statements = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    let pending = Buffer.alloc(0);
    let startup = true;
    client.on('data', (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (startup) {
          // Startup, SSL and GSS requests carry no type byte: a length, then a code.
          if (pending.length < 8) break;
          const length = pending.readInt32BE(0);
          if (pending.length < length) break;
          const code = pending.readInt32BE(4);
          if (code !== 80877103 && code !== 80877104) startup = false;
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) break;
        const length = pending.readInt32BE(1);
        if (pending.length < 1 + length) break;
        const type = String.fromCharCode(pending[0] as number);
        if (type === 'Q' || type === 'E') statements += 1;
        pending = pending.subarray(1 + length);
      }
    });
    upstream.pipe(client);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = new URL(databaseUrl);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as net.AddressInfo).port);
  return {
    url: url.toString(),
    count: () => statements,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise((r) => server.close(r));
    },
  };
}

/** One GET over a kept-alive connection; the body, or an error naming the status. */
export const get = getText;

/**
 * Statements per request: the proxy's count over `n` sequential requests, less what the server issued
 * on its own (background jobs) over an idle stretch as long.
 */
export async function statementsPerRequest(base: string, path: string, counter: () => number, n = 40): Promise<number> {
  await get(base, path);
  const before = counter();
  const began = performance.now();
  for (let i = 0; i < n; i++) await get(base, path);
  const took = performance.now() - began;
  const during = counter() - before;
  const idleBefore = counter();
  await sleep(took);
  const idle = counter() - idleBefore;
  return Math.round((Math.max(0, during - idle) / n) * 10) / 10;
}

export type Load = { rps: number; p50: number; p99: number; failed: number };

/** `connections` clients requesting `path` as fast as answered, for `seconds`, after a short warm-up. */
export async function load(base: string, path: string, connections: number, seconds: number): Promise<Load> {
  await autocannon({ url: `${base}${path}`, connections, duration: 1 });
  const result = await autocannon({ url: `${base}${path}`, connections, duration: seconds });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}
