import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WEBHOOK_FAILURE_LIMIT, WEBHOOK_SIGNATURE_HEADER } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories, type User } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { MINUTE } from '../../lib/clock.js';
import { addressAllowed, checkWebhookUrl } from './alerts.webhooks.js';
import { WEBHOOKS_JOB } from './index.js';

type Received = { body: string; signature: string; delivery: string };

/** An integration's endpoint on this machine: keeps what it receives, answers 500 while told to fail. */
async function startReceiver() {
  const received: Received[] = [];
  const state = { failing: false, calls: 0 };
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      state.calls += 1;
      if (state.failing) {
        response.writeHead(500).end();
        return;
      }
      received.push({
        body,
        signature: String(request.headers[WEBHOOK_SIGNATURE_HEADER] ?? ''),
        delivery: String(request.headers['x-innobridge-delivery'] ?? ''),
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** How an integration checks a delivery: the HMAC-SHA256 of "<t>.<body>" with the secret it was shown. */
function verifies(secret: string, signature: string, body: string): boolean {
  const parts = Object.fromEntries(signature.split(',').map((p) => p.split('=') as [string, string]));
  if (!parts.t || !parts.v1) return false;
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

let t: TestApp;
let f: Factories;
let owner: User;
let watcher: User;
let operator: User;
let org: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

const runWebhooks = async () => {
  await t.ctx.jobs.send(t.ctx.db, WEBHOOKS_JOB, {});
  await t.runJobs();
};

const publish = (title: string) =>
  f.opportunity(owner, org, { state: 'published', operator, body: { title: { en: title } } });

async function savedWithWebhook(name: string, q: string) {
  const saved = await t.call('POST', '/api/v1/me/saved-searches', { as: watcher, body: { name, query: { q } } });
  expect(saved.statusCode, saved.body).toBe(201);
  const hook = await t.call('PUT', `/api/v1/me/saved-searches/${saved.json().id}/webhook`, {
    as: watcher,
    body: { url: receiver.url },
  });
  expect(hook.statusCode, hook.body).toBe(200);
  return { id: saved.json().id as string, secret: hook.json().secret as string };
}

beforeAll(async () => {
  receiver = await startReceiver();
  t = await createTestApp({ env: { WEBHOOKS_ALLOW_LOOPBACK: 'true' } });
  f = factories(t);
  operator = await f.operator('RU', { signedIn: false });
  const made = await f.organizationWithStatus({ operator });
  owner = made.admin;
  org = made.organizationId;
  watcher = await f.user({ locale: 'zh' });
});
afterAll(async () => {
  await t?.close();
  await receiver?.close();
});

describe('webhooks of saved searches', () => {
  it('POSTs each new result once, signed with the secret shown once', async () => {
    const { id, secret } = await savedWithWebhook('Robots', 'robot');
    expect(secret).toMatch(/^whsec_/);
    const read = await t.call('GET', `/api/v1/me/saved-searches/${id}`, { as: watcher });
    expect(read.body).not.toContain(secret);
    expect(read.json().webhook).toEqual({ url: receiver.url, state: 'active', failures: 0 });

    t.clock.advance(MINUTE);
    const robot = await publish('Welding robot');
    await publish('Textile dye');
    await runWebhooks();
    await runWebhooks();
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    const body = JSON.parse(delivery?.body ?? '{}');
    expect(body).toMatchObject({
      event: 'saved_search.result',
      savedSearch: { id, name: 'Robots' },
      opportunity: { id: robot.id, title: { en: 'Welding robot' } },
    });
    expect(verifies(secret, delivery?.signature ?? '', delivery?.body ?? '')).toBe(true);
    // The timestamp signed is the platform's clock; another secret or a changed body does not verify.
    expect(delivery?.signature).toContain(`t=${Math.floor(t.clock.now().getTime() / 1000)},`);
    expect(verifies('whsec_other', delivery?.signature ?? '', delivery?.body ?? '')).toBe(false);
    expect(verifies(secret, delivery?.signature ?? '', `${delivery?.body} `)).toBe(false);
    await t.call('DELETE', `/api/v1/me/saved-searches/${id}`, { as: watcher });
  });

  it('retries a failed delivery with growing waits on the platform’s clock, then delivers it', async () => {
    receiver.received.length = 0;
    const { id, secret } = await savedWithWebhook('Lasers', 'laser');
    t.clock.advance(MINUTE);
    await publish('Fibre laser cutter');
    receiver.state.failing = true;
    receiver.state.calls = 0;
    await runWebhooks();
    expect(receiver.state.calls).toBe(1);
    // Not due again before a minute has passed; due after it.
    t.clock.advance(MINUTE - 1000);
    await runWebhooks();
    expect(receiver.state.calls).toBe(1);
    t.clock.advance(1000);
    await runWebhooks();
    expect(receiver.state.calls).toBe(2);
    // The second retry waits two minutes.
    t.clock.advance(MINUTE);
    await runWebhooks();
    expect(receiver.state.calls).toBe(2);
    t.clock.advance(MINUTE);
    receiver.state.failing = false;
    await runWebhooks();
    expect(receiver.state.calls).toBe(3);
    expect(receiver.received).toHaveLength(1);
    expect(verifies(secret, receiver.received[0]?.signature ?? '', receiver.received[0]?.body ?? '')).toBe(true);
    const read = await t.call('GET', `/api/v1/me/saved-searches/${id}`, { as: watcher });
    expect(read.json().webhook).toMatchObject({ state: 'active', failures: 0 });
    // Delivered: nothing more is sent.
    t.clock.advance(60 * MINUTE);
    await runWebhooks();
    expect(receiver.state.calls).toBe(3);
    await t.call('DELETE', `/api/v1/me/saved-searches/${id}`, { as: watcher });
  });

  it(`turns the webhook off after ${WEBHOOK_FAILURE_LIMIT} failures in a row and tells its owner`, async () => {
    const { id } = await savedWithWebhook('Valves', 'valve');
    t.clock.advance(MINUTE);
    await publish('Cryogenic valve');
    receiver.state.failing = true;
    receiver.state.calls = 0;
    t.mail.clear();
    for (let i = 0; i < WEBHOOK_FAILURE_LIMIT + 2; i++) {
      await runWebhooks();
      t.clock.advance(6 * 60 * MINUTE);
    }
    expect(receiver.state.calls).toBe(WEBHOOK_FAILURE_LIMIT);
    const read = await t.call('GET', `/api/v1/me/saved-searches/${id}`, { as: watcher });
    expect(read.json().webhook).toMatchObject({ state: 'disabled', failures: WEBHOOK_FAILURE_LIMIT });
    const [mail] = t.mail.to(watcher.email);
    expect(mail?.subject).toBe('“Valves”的网络钩子已停用');
    expect(mail?.text).toContain(receiver.url);
    const inApp = await t.call('GET', '/api/v1/me/notifications', { as: watcher });
    expect(inApp.body).toContain('Valves');

    // Set again, it delivers again.
    receiver.state.failing = false;
    const again = await t.call('PUT', `/api/v1/me/saved-searches/${id}/webhook`, {
      as: watcher,
      body: { url: receiver.url },
    });
    expect(again.json().savedSearch.webhook).toMatchObject({ state: 'active', failures: 0 });
  });

  it('refuses addresses inside private networks and plain http, in the reader’s language', async () => {
    const saved = await t.call('POST', '/api/v1/me/saved-searches', { as: watcher, body: { name: 'x', query: {} } });
    for (const url of [
      'http://example.com/hook',
      'https://10.0.0.7/hook',
      'https://192.168.1.1/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[fd00::1]/hook',
      'https://user:pass@example.com/hook',
      'ftp://example.com',
      'not a url',
    ]) {
      const res = await t.call('PUT', `/api/v1/me/saved-searches/${saved.json().id}/webhook`, {
        as: watcher,
        locale: 'ru',
        body: { url },
      });
      expect(res.statusCode, url).toBe(422);
      expect(res.json()).toMatchObject({ code: 'alerts_webhook_url_refused' });
      expect(res.json().detail).toContain('вебхука');
    }
    const read = await t.call('GET', `/api/v1/me/saved-searches/${saved.json().id}`, { as: watcher });
    expect(read.json().webhook.state).toBe('none');
  });

  it('allows the machine itself only when the configuration says so', () => {
    expect(addressAllowed('127.0.0.1', false)).toBe(false);
    expect(addressAllowed('::1', false)).toBe(false);
    expect(addressAllowed('::ffff:10.1.2.3', true)).toBe(false);
    expect(addressAllowed('127.0.0.1', true)).toBe(true);
    expect(addressAllowed('93.184.216.34', false)).toBe(true);
    expect(() => checkWebhookUrl('http://127.0.0.1:8080/hook', false)).toThrow('alerts_webhook_url_refused');
    expect(checkWebhookUrl('http://127.0.0.1:8080/hook', true)).toBe('http://127.0.0.1:8080/hook');
    expect(checkWebhookUrl('https://hooks.example.com/x', false)).toBe('https://hooks.example.com/x');
  });
});
