import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, PASSWORD, type TestApp } from '../../../test/test-app.js';
import { type CounterStore, redisCounterStore } from '../../lib/rate-limiter.js';

// Sign-in throttling through HTTP, on the in-memory counters of one instance and on the Redis
// counters that several instances share.

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const setups: [string, () => CounterStore | undefined][] = [
  ['in-memory counters', () => undefined],
  [
    'Redis counters',
    // A prefix of its own per run, so that runs and files never share a count.
    () => redisCounterStore(new Redis(redisUrl, { maxRetriesPerRequest: 1 }), `ib:test:${randomUUID()}:`),
  ],
];

describe.each(setups)('signing in, with %s', (_name, counters) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ counters: counters() });
  });
  afterAll(() => t.close());

  const login = (email: string, password: string, remoteAddress = '198.51.100.1') =>
    t.call('POST', '/api/v1/auth/login', { remoteAddress, body: { email, password } });

  it('checks no more than five of twenty wrong passwords sent at once; the rest are refused as locked', async () => {
    await t.signUp('parallel@example.com');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        login('parallel@example.com', `wrong password ${i}`, `198.51.100.${i + 10}`),
      ),
    );
    const codes = results.map((r) => r.json().code);
    expect(codes.filter((c) => c === 'invalid_credentials')).toHaveLength(5);
    expect(codes.filter((c) => c === 'account_locked')).toHaveLength(15);
    expect((await login('parallel@example.com', PASSWORD)).json().code).toBe('account_locked');
  });

  it('checks no more than twenty wrong passwords at once from one address across accounts', async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => login(`sprayed${i}@example.com`, 'a common password', '203.0.113.50')),
    );
    const codes = results.map((r) => r.json().code);
    expect(codes.filter((c) => c === 'invalid_credentials')).toHaveLength(20);
    expect(codes.filter((c) => c === 'rate_limited')).toHaveLength(10);
  });

  it('still lets in, from an address past its limit, the accounts that signed in from it before', async () => {
    const office = '192.0.2.77';
    await t.signUp('colleague@example.com');
    await t.signUp('newcomer@example.com');
    expect((await login('colleague@example.com', PASSWORD, office)).statusCode).toBe(200);
    for (let i = 0; i < 20; i++) {
      expect((await login(`typo${i}@example.com`, 'mistyped password', office)).statusCode).toBe(401);
    }
    const colleague = await login('colleague@example.com', PASSWORD, office);
    expect(colleague.statusCode).toBe(200);
    expect(colleague.json().email).toBe('colleague@example.com');

    // An account never signed in from there is refused without its password being tried.
    const newcomer = await login('newcomer@example.com', PASSWORD, office);
    expect(newcomer.statusCode).toBe(429);
    expect(newcomer.json().code).toBe('rate_limited');
    expect(Number(newcomer.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login('newcomer@example.com', PASSWORD, '192.0.2.78')).statusCode).toBe(200);

    // The colleague's own account keeps its own limit at that address.
    for (let i = 0; i < 5; i++) {
      expect((await login('colleague@example.com', `wrong ${i} password`, office)).statusCode).toBe(401);
    }
    expect((await login('colleague@example.com', PASSWORD, office)).json().code).toBe('account_locked');
  });

  it('does not count correct passwords against an address', async () => {
    const shared = '192.0.2.200';
    for (let i = 0; i < 21; i++) await t.signUp(`member${i}@example.com`);
    for (let i = 0; i < 21; i++) {
      expect((await login(`member${i}@example.com`, PASSWORD, shared)).statusCode).toBe(200);
    }
    expect((await login('stranger@example.com', 'wrong password', shared)).json().code).toBe('invalid_credentials');
  });
});

describe('the client address behind a proxy (TRUST_PROXY=1)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: '1' } });
  });
  afterAll(() => t.close());

  it('counts failures against the address the proxy saw, not one the client wrote into X-Forwarded-For', async () => {
    const attempt = (i: number) =>
      t.call('POST', '/api/v1/auth/login', {
        remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-for': `203.0.113.${i}, 198.51.100.99` },
        body: { email: `spoof${i}@example.com`, password: 'a common password' },
      });
    for (let i = 0; i < 20; i++) expect((await attempt(i)).statusCode).toBe(401);
    expect((await attempt(20)).json().code).toBe('rate_limited');
  });
});
