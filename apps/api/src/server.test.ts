import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const API_DIR = path.resolve(import.meta.dirname, '..');

/** The Node.js arguments of `npm start` (apps/api's start script: the bundled server). */
function startArgs(): string[] {
  const scripts = JSON.parse(fs.readFileSync(path.join(API_DIR, 'package.json'), 'utf8')).scripts;
  const [command, ...args] = String(scripts.start).split(' ');
  if (command !== 'node') throw new Error(`unexpected start script: ${scripts.start}`);
  return args;
}

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, startArgs(), {
    cwd: API_DIR,
    env: { ...process.env, LOG_LEVEL: 'silent', HOST: '127.0.0.1', ...env },
  });
  let output = '';
  child.stdout.on('data', (d) => {
    output += d;
  });
  child.stderr.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function waitHealthy(port: number): Promise<boolean> {
  for (let i = 0; i < 480; i++) {
    await new Promise((r) => setTimeout(r, 250));
    const healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return true;
  }
  return false;
}

async function registryTotal(port: number): Promise<number> {
  const body = (await fetch(`http://127.0.0.1:${port}/api/v1/registry`).then((r) => r.json())) as { total: number };
  return body.total;
}

async function stop(server: ReturnType<typeof startServer>) {
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
  expect(server.output()).toMatch(/SIGTERM: finishing requests and jobs/);
}

describe('the server process', () => {
  beforeAll(() => {
    // What `npm start` builds before it starts.
    execFileSync('npm', ['run', 'build'], { cwd: API_DIR, stdio: 'ignore' });
  }, 60_000);

  it('refuses to start with a bad setting, naming it', async () => {
    const server = startServer({ PORT: 'not-a-port', DATA_DIR: os.tmpdir() });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/PORT/);
  });

  it('creates a new embedded database with the demo data, serves it, stops on SIGTERM, and starts again on it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innobridge-server-'));
    const port = 40000 + Math.floor(Math.random() * 10000);
    try {
      const first = startServer({ PORT: String(port), DATA_DIR: dataDir });
      expect(await waitHealthy(port)).toBe(true);
      expect(first.output()).toContain('Creating the embedded database');
      expect(first.output()).toContain(`http://localhost:${port}`);
      // Without SMTP the start says where to read the mail and confirm a new account.
      await expect.poll(() => first.output()).toContain(`http://localhost:${port}/dev/mailbox`);
      // The demo organisations' public registry entries.
      const total = await registryTotal(port);
      expect(total).toBeGreaterThan(10);
      await stop(first);
      expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('pgdata'))).toEqual(['pgdata']);

      const again = startServer({ PORT: String(port), DATA_DIR: dataDir });
      expect(await waitHealthy(port)).toBe(true);
      expect(await registryTotal(port)).toBe(total);
      expect(again.output()).not.toContain('Creating the embedded database');
      await stop(again);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});
