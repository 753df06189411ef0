import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The build step that writes the compressed forms, run here on a small build of our own.
import { compressAssets } from '../../../web/scripts/compress-assets.mjs';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let webDist: string;
const SCRIPT = `console.log(${JSON.stringify('Innobridge '.repeat(400))});\n`;

beforeAll(async () => {
  webDist = await fs.mkdtemp(path.join(os.tmpdir(), 'innobridge-web-dist-'));
  await fs.mkdir(path.join(webDist, 'assets'));
  await fs.writeFile(path.join(webDist, 'index.html'), `<!doctype html><title>Innobridge</title>${' '.repeat(2000)}`);
  await fs.writeFile(path.join(webDist, 'assets', 'index-AbC123.js'), SCRIPT);
  await fs.writeFile(path.join(webDist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  expect(compressAssets(webDist)).toBe(2);
  t = await createTestApp({ env: { WEB_DIST: webDist } });
});
afterAll(async () => {
  await t.close();
  await fs.rm(webDist, { recursive: true, force: true });
});

const asset = '/assets/index-AbC123.js';

describe('the web app as the server sends it', () => {
  it('leaves its pages out of the API document', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).json();
    expect(Object.keys(doc.paths).filter((p) => !p.startsWith('/api/'))).toEqual([]);
  });

  it('sends a hashed asset brotli-compressed to a browser that takes it, to be kept for a year', async () => {
    const res = await t.call('GET', asset, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(res.headers.vary).toLowerCase()).toContain('accept-encoding');
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
    expect(res.rawPayload.length).toBeLessThan(SCRIPT.length / 10);
  });

  it('sends gzip to a browser without brotli, and the file as it is to one that takes neither', async () => {
    const gzip = await t.call('GET', asset, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
    const plain = await t.call('GET', asset, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has the browser ask for the index and unhashed files each time, at every client-side route', async () => {
    for (const route of ['/', '/exchange', '/organizations/some-id']) {
      const res = await t.call('GET', route, { headers: { 'accept-encoding': 'br' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-encoding']).toBe('br');
      expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toContain('<title>Innobridge</title>');
      expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    }
    const icon = await t.call('GET', '/favicon.svg');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('answers a path it cannot decode with a clean problem, neither a file nor a failure', async () => {
    const res = await t.call('GET', '/%E0%A4%A');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('bad_request');
  });
});
