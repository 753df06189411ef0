import type { SavedSearch } from '@innobridge/contracts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories, type User } from '../../../test/factories.js';
import { createTestApp, PUBLIC_URL, type TestApp } from '../../../test/test-app.js';
import { HOUR, MINUTE } from '../../lib/clock.js';
import { DIGESTS_JOB, IMMEDIATE_ALERTS_JOB } from './index.js';

let t: TestApp;
let f: Factories;
let owner: User;
let reader: User;
let stranger: User;
let operator: User;
let org: string;

/** Runs a cron job once now, as its schedule would. */
const runJob = async (name: string) => {
  await t.ctx.jobs.send(t.ctx.db, name, {});
  await t.runJobs();
};

const save = async (who: User, body: Record<string, unknown>): Promise<SavedSearch> => {
  const res = await t.call('POST', '/api/v1/me/saved-searches', { as: who, body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

const publish = (title: string, summary = `About ${title}.`) =>
  f.opportunity(owner, org, {
    state: 'published',
    operator,
    body: { title: { en: title }, summary: { en: summary } },
  });

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operator = await f.operator('RU', { signedIn: false });
  const made = await f.organizationWithStatus({ owner: { locale: 'ru' }, operator });
  owner = made.admin;
  org = made.organizationId;
  reader = await f.user({ locale: 'ru' });
  stranger = await f.user({ locale: 'en' });
});

/** A header field of a caught mail as it was written. */
const headerLine = (
  mail: { parsed: { headerLines: readonly { key: string; line: string }[] } } | undefined,
  key: string,
) =>
  mail?.parsed.headerLines
    .find((h) => h.key === key)
    ?.line.slice(key.length + 1)
    .trim();
afterAll(() => t?.close());

describe('saved searches', () => {
  it('saves a search of the exchange with its query, lists, renames and deletes it', async () => {
    const saved = await save(owner, {
      name: 'Батареи',
      query: { q: 'battery', type: 'technology_offer', sort: 'date' },
    });
    expect(saved).toMatchObject({
      name: 'Батареи',
      query: { q: 'battery', type: 'technology_offer', sort: 'date' },
      frequency: 'none',
      webhook: { url: null, state: 'none', failures: 0 },
    });
    expect(saved.feedUrl).toMatch(new RegExp(`^${PUBLIC_URL}/api/v1/feeds/saved-searches/[\\w-]{20,}$`));

    const renamed = await t.call('PATCH', `/api/v1/me/saved-searches/${saved.id}`, {
      as: owner,
      body: { name: 'Аккумуляторы', version: saved.version },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Аккумуляторы', version: saved.version + 1 });

    // A change made on the old version loses cleanly.
    const stale = await t.call('PATCH', `/api/v1/me/saved-searches/${saved.id}`, {
      as: owner,
      locale: 'zh',
      body: { name: 'Old', version: saved.version },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({
      code: 'saved_search_conflict',
      detail: '此保存的搜索已被修改。请刷新后重试。',
    });

    const list = await t.call('GET', '/api/v1/me/saved-searches', { as: owner });
    expect(list.json().items.map((s: SavedSearch) => s.name)).toContain('Аккумуляторы');

    const deleted = await t.call('DELETE', `/api/v1/me/saved-searches/${saved.id}`, { as: owner });
    expect(deleted.statusCode).toBe(204);
    const gone = await t.call('GET', `/api/v1/me/saved-searches/${saved.id}`, { as: owner });
    expect(gone.json()).toMatchObject({ code: 'saved_search_not_found' });
  });

  it('refuses a query the search page would refuse, in the reader’s language, and keeps nothing', async () => {
    const before = (await t.call('GET', '/api/v1/me/saved-searches', { as: stranger })).json().items.length;
    const res = await t.call('POST', '/api/v1/me/saved-searches', {
      as: stranger,
      locale: 'ru',
      body: { name: 'x', query: { trl: 12 } },
    });
    expect(res.statusCode).toBe(422);
    const after = (await t.call('GET', '/api/v1/me/saved-searches', { as: stranger })).json().items.length;
    expect(after).toBe(before);
  });

  it('lets only its owner read, change or delete a saved search', async () => {
    const saved = await save(owner, { name: 'Mine', query: {} });
    for (const [method, url, body] of [
      ['GET', `/api/v1/me/saved-searches/${saved.id}`, undefined],
      ['PATCH', `/api/v1/me/saved-searches/${saved.id}`, { name: 'Theirs', version: saved.version }],
      ['POST', `/api/v1/me/saved-searches/${saved.id}/feed-token`, undefined],
      ['PUT', `/api/v1/me/saved-searches/${saved.id}/webhook`, { url: 'https://example.com/hook' }],
      ['DELETE', `/api/v1/me/saved-searches/${saved.id}`, undefined],
    ] as const) {
      const res = await t.call(method, url, { as: stranger, body });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().code).toBe('saved_search_not_found');
      const anonymous = await t.call(method, url, { body });
      expect(anonymous.statusCode, `${method} ${url}`).toBe(401);
    }
    const still = await t.call('GET', `/api/v1/me/saved-searches/${saved.id}`, { as: owner });
    expect(still.json()).toMatchObject({ name: 'Mine', version: saved.version });
  });
});

describe('digests and alerts by e-mail', () => {
  it('mails a new publication in the daily digest once, at 08:00 in the reader’s zone, in the reader’s language', async () => {
    // The reader reads Russian, in Moscow: 08:00 there is 05:00 UTC.
    const zone = await t.call('PATCH', '/api/v1/me', { as: reader, body: { timeZone: 'Europe/Moscow' } });
    expect(zone.statusCode, zone.body).toBe(200);
    const saved = await save(reader, { name: 'Литий', query: { q: 'lithium' }, frequency: 'daily' });
    t.mail.clear();
    t.clock.advance(MINUTE);
    await publish('Lithium recycling line');
    await publish('Cotton harvester');

    // Before 08:00 Moscow time nothing is due (the test clock stands at 09:00 UTC, 12:00 in Moscow).
    await runJob(DIGESTS_JOB);
    expect(t.mail.to(reader.email)).toHaveLength(0);

    t.clock.set(new Date('2026-03-03T05:00:00Z'));
    await runJob(DIGESTS_JOB);
    // A second run, at once and a quarter of an hour later, sends nothing again.
    await runJob(DIGESTS_JOB);
    t.clock.advance(15 * MINUTE);
    await runJob(DIGESTS_JOB);
    const mails = t.mail.to(reader.email);
    expect(mails).toHaveLength(1);
    const [digest] = mails;
    expect(digest?.subject).toBe('Сводка по сохранённому поиску «Литий»');
    expect(digest?.text).toContain('Lithium recycling line');
    expect(digest?.text).not.toContain('Cotton harvester');
    expect(digest?.text).toContain('новых результатов: 1');
    expect(headerLine(digest, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    // The next morning, the same publication is not mailed again; a new one is, alone.
    t.clock.set(new Date('2026-03-04T05:00:00Z'));
    await runJob(DIGESTS_JOB);
    expect(t.mail.to(reader.email)).toHaveLength(1);
    t.clock.advance(MINUTE);
    await publish('Lithium battery passport');
    t.clock.set(new Date('2026-03-05T05:01:00Z'));
    await runJob(DIGESTS_JOB);
    const [, second] = t.mail.to(reader.email);
    expect(second?.text).toContain('Lithium battery passport');
    expect(second?.text).not.toContain('Lithium recycling line');
    await t.call('DELETE', `/api/v1/me/saved-searches/${saved.id}`, { as: reader });
  });

  it('sends an immediate alert once for each new result, however often the job runs', async () => {
    const saved = await save(stranger, { name: 'Sensors', query: { q: 'sensor' }, frequency: 'immediate' });
    t.mail.clear();
    t.clock.advance(MINUTE);
    await publish('Gas sensor array');
    await Promise.all([runJob(IMMEDIATE_ALERTS_JOB), runJob(IMMEDIATE_ALERTS_JOB)]);
    await runJob(IMMEDIATE_ALERTS_JOB);
    const mails = t.mail.to(stranger.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('New results for your saved search “Sensors”');
    expect(mails[0]?.text).toContain('Gas sensor array');
    expect(mails[0]?.text).toContain(`${PUBLIC_URL}/opportunities/`);
    await t.call('DELETE', `/api/v1/me/saved-searches/${saved.id}`, { as: stranger });
  });

  it('turns the alerts off from the mail’s link alone, and by the one-click POST of RFC 8058', async () => {
    const saved = await save(stranger, { name: 'Drones', query: { q: 'drone' }, frequency: 'immediate' });
    t.mail.clear();
    t.clock.advance(MINUTE);
    await publish('Agricultural drone');
    await runJob(IMMEDIATE_ALERTS_JOB);
    const [mail] = t.mail.to(stranger.email);
    const token = mail?.text.match(/\/saved-searches\/unsubscribe\?token=([\w-]+)/)?.[1];
    expect(token).toBeTruthy();
    const oneClick = headerLine(mail, 'list-unsubscribe');
    expect(oneClick).toBe(`<${PUBLIC_URL}/api/v1/alerts/unsubscribe/${token}>`);

    // The page reads what the link is about without signing in, and changes nothing by reading.
    const info = await t.call('GET', `/api/v1/alerts/unsubscribe/${token}`, { headers: { origin: '' } });
    expect(info.json()).toEqual({ name: 'Drones', frequency: 'immediate' });

    // A mail client's one-click POST: a form body, no cookie, no origin.
    const post = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerts/unsubscribe/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(post.statusCode, post.body).toBe(200);
    expect(post.json()).toEqual({ name: 'Drones', frequency: 'none' });
    const now = await t.call('GET', `/api/v1/me/saved-searches/${saved.id}`, { as: stranger });
    expect(now.json().frequency).toBe('none');

    t.clock.advance(MINUTE);
    await publish('Inspection drone');
    await runJob(IMMEDIATE_ALERTS_JOB);
    expect(t.mail.to(stranger.email)).toHaveLength(1);

    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/alerts/unsubscribe/not-a-token' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('alerts_link_invalid');
  });
});

describe('the Atom feed', () => {
  it('is valid Atom 1.0 at its secret address, without signing in, until the address is rotated', async () => {
    const saved = await save(stranger, { name: 'Membranes & filters', query: { q: 'membrane' } });
    t.clock.advance(MINUTE);
    await publish('Ceramic membrane <filter>', 'Water & gas.');
    const res = await t.app.inject({ method: 'GET', url: new URL(saved.feedUrl).pathname });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/atom+xml');
    expect(XMLValidator.validate(res.body)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'entry' || name === 'link',
    }).parse(res.body);
    const feed = doc.feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe(`urn:uuid:${saved.id}`);
    expect(feed.title).toBe('Membranes & filters');
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
    expect(feed.link.some((l: Record<string, string>) => l['@_rel'] === 'self')).toBe(true);
    expect(feed.entry).toHaveLength(1);
    const [entry] = feed.entry;
    expect(entry.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(entry.title['#text']).toBe('Ceramic membrane <filter>');
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    expect(entry.link[0]['@_href']).toMatch(new RegExp(`^${PUBLIC_URL}/opportunities/[0-9a-f-]{36}$`));

    const rotated = await t.call('POST', `/api/v1/me/saved-searches/${saved.id}/feed-token`, { as: stranger });
    expect(rotated.statusCode).toBe(200);
    const newUrl = rotated.json().feedUrl as string;
    expect(newUrl).not.toBe(saved.feedUrl);
    const old = await t.app.inject({ method: 'GET', url: new URL(saved.feedUrl).pathname });
    expect(old.statusCode).toBe(404);
    expect(old.json().code).toBe('alerts_link_invalid');
    const fresh = await t.app.inject({ method: 'GET', url: new URL(newUrl).pathname });
    expect(fresh.statusCode).toBe(200);
  });
});

describe('the e-mail of a digest at the hour', () => {
  it('is due within the hour for a weekly digest only on Monday', async () => {
    const saved = await save(stranger, { name: 'Weekly', query: { q: 'hydrogen' }, frequency: 'weekly' });
    t.clock.advance(MINUTE);
    await publish('Hydrogen electrolyser');
    t.mail.clear();
    // The stranger has no zone: UTC. 2026-03-05 is a Thursday; the digest waits for Monday 08:00 UTC.
    t.clock.set(new Date('2026-03-06T08:00:00Z'));
    await runJob(DIGESTS_JOB);
    expect(t.mail.to(stranger.email)).toHaveLength(0);
    t.clock.set(new Date('2026-03-09T08:00:00Z'));
    t.clock.advance(HOUR / 4);
    await runJob(DIGESTS_JOB);
    expect(t.mail.to(stranger.email).map((m) => m.subject)).toEqual(['Digest for your saved search “Weekly”']);
    await t.call('DELETE', `/api/v1/me/saved-searches/${saved.id}`, { as: stranger });
  });
});
