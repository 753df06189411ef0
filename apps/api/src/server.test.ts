import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: ROOT,
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

describe('the server process', () => {
  it('refuses to start with a bad setting, naming it', async () => {
    const server = startServer({ PORT: 'not-a-port', DATA_DIR: os.tmpdir() });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/PORT/);
  });

  it('starts on a new embedded database, answers, and stops gracefully on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innobridge-server-'));
    const port = 40000 + Math.floor(Math.random() * 10000);
    const server = startServer({ PORT: String(port), DATA_DIR: dataDir, DEMO_DATA: 'false' });
    let healthy = false;
    for (let i = 0; i < 360 && !healthy; i++) {
      await new Promise((r) => setTimeout(r, 250));
      healthy = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
    }
    expect(healthy).toBe(true);
    expect(server.output()).toContain(`http://localhost:${port}`);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toMatch(/SIGTERM: finishing requests and jobs/);
    expect(fs.existsSync(path.join(dataDir, 'pgdata'))).toBe(true);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);
});
