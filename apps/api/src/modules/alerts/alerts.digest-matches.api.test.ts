import type { SavedSearch } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, PUBLIC_URL, type Session, type TestApp } from '../../../test/test-app.js';
import { MINUTE } from '../../lib/clock.js';
import { MATCH_REFRESH_JOB } from '../matching/index.js';
import { DIGESTS_JOB, IMMEDIATE_ALERTS_JOB } from './index.js';

let t: TestApp;
let f: Factories;
let operatorRu: Session;
let operatorCn: Session;
let ru: { admin: Session; organizationId: string };
let cn: { admin: Session; organizationId: string };

/** Runs a cron job once now, as its schedule would. */
const runJob = async (name: string) => {
  await t.ctx.jobs.send(t.ctx.db, name, {});
  await t.runJobs();
};

const save = async (who: Session, body: Record<string, unknown>): Promise<SavedSearch> => {
  const res = await t.call('POST', '/api/v1/me/saved-searches', { as: who, body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

const publish = async (who: { admin: Session; organizationId: string }, body: Record<string, unknown>) =>
  (
    await f.opportunity(who.admin, who.organizationId, {
      state: 'published',
      operator: who === cn ? operatorCn : operatorRu,
      body,
    })
  ).id;

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operatorRu = await f.operator('RU', { signedIn: false });
  operatorCn = await f.operator('CN', { signedIn: false });
  ru = await f.organizationWithStatus({ owner: { locale: 'ru' }, operator: operatorRu });
  cn = await f.organizationWithStatus({ owner: { locale: 'zh' }, operator: operatorCn, jurisdiction: 'CN' });
});
afterAll(() => t?.close());

describe('a digest with the new recommended matches', () => {
  it('names a match first proposed since the digest before, once, in the reader’s language', async () => {
    const saved = await save(ru.admin, { name: 'Водород', query: { q: 'электролизёр' }, frequency: 'daily' });
    t.clock.advance(MINUTE);
    const offer = await publish(ru, {
      type: 'technology_offer',
      title: { ru: 'Натрий-ионные аккумуляторы для стационарных накопителей энергии' },
      summary: { ru: 'Производим натрий-ионные аккумуляторы с активной балансировкой ячеек.' },
    });
    const request = await publish(cn, {
      type: 'technology_request',
      title: { zh: '寻求钠离子电池储能技术' },
      summary: { zh: '我司计划建设储能电站，需要成熟的钠离子电池技术及主动均衡方案。' },
    });
    const unrelated = await publish(cn, {
      type: 'technology_request',
      title: { zh: '寻求滴灌与水肥一体化设备' },
      summary: { zh: '为新疆棉田采购滴灌带和水肥一体机。' },
    });
    await t.runJobs();
    t.mail.clear();

    // The test clock stands at 09:00 UTC; the reader has no zone, so the digest is due at 08:00 UTC.
    t.clock.set(new Date(t.clock.now().getTime() + 23 * 60 * MINUTE));
    await runJob(DIGESTS_JOB);
    const mails = t.mail.to(ru.admin.email);
    expect(mails).toHaveLength(1);
    const [digest] = mails;
    expect(digest?.subject).toBe('Сводка по сохранённому поиску «Водород»');
    // No result of the search itself, but the section of new matches, in Russian, with the candidate's link.
    expect(digest?.text).toContain('новых результатов: 0');
    expect(digest?.text).toContain('Новые рекомендованные партнёры для ваших организаций:');
    expect(digest?.text).toContain('寻求钠离子电池储能技术');
    expect(digest?.text).toContain(`${PUBLIC_URL}/opportunities/${request}`);
    expect(digest?.text).not.toContain(unrelated);
    expect(digest?.text).not.toContain(offer);

    // The nightly refresh recomputes the lists; the pair is not new, and the next digest has nothing to say.
    await runJob(MATCH_REFRESH_JOB);
    t.clock.set(new Date(t.clock.now().getTime() + 24 * 60 * MINUTE));
    await runJob(DIGESTS_JOB);
    expect(t.mail.to(ru.admin.email)).toHaveLength(1);

    // A new request that answers the offer is named in the next digest, alone.
    const second = await publish(cn, {
      type: 'technology_request',
      title: { zh: '钠离子电池储能系统合作' },
      summary: { zh: '寻找钠离子电池储能系统供应商。' },
    });
    await t.runJobs();
    t.clock.set(new Date(t.clock.now().getTime() + 24 * 60 * MINUTE));
    await runJob(DIGESTS_JOB);
    const [, next] = t.mail.to(ru.admin.email);
    expect(next?.text).toContain(`${PUBLIC_URL}/opportunities/${second}`);
    expect(next?.text).not.toContain(`${PUBLIC_URL}/opportunities/${request}`);
    await t.call('DELETE', `/api/v1/me/saved-searches/${saved.id}`, { as: ru.admin });
  });
});

describe('the person’s notification settings', () => {
  it('stop the alerts and digests when saved searches’ e-mail is turned off, and carry its link when on', async () => {
    const reader = await f.user({ locale: 'en' });
    const saved = await save(reader, { name: 'Drills', query: { q: 'drill' }, frequency: 'immediate' });
    const off = await t.call('PUT', '/api/v1/me/notification-settings', {
      as: reader,
      body: { items: [{ category: 'saved_searches', email: false }] },
    });
    expect(off.statusCode, off.body).toBe(200);
    t.mail.clear();
    t.clock.advance(MINUTE);
    await publish(ru, { title: { en: 'Core drill rig' }, summary: { en: 'A core drill rig for exploration.' } });
    await runJob(IMMEDIATE_ALERTS_JOB);
    expect(t.mail.to(reader.email)).toHaveLength(0);

    const on = await t.call('PUT', '/api/v1/me/notification-settings', {
      as: reader,
      body: { items: [{ category: 'saved_searches', email: true }] },
    });
    expect(on.statusCode, on.body).toBe(200);
    t.clock.advance(MINUTE);
    await publish(ru, { title: { en: 'Directional drill bit' }, summary: { en: 'A bit for directional drilling.' } });
    await runJob(IMMEDIATE_ALERTS_JOB);
    const [mail] = t.mail.to(reader.email);
    expect(mail?.text).toContain('Directional drill bit');
    // The account's link that turns this kind of e-mail off, beside the saved search's own.
    expect(mail?.text).toContain(`${PUBLIC_URL}/unsubscribe?token=`);
    expect(mail?.text).toContain('/saved-searches/unsubscribe?token=');
    await t.call('DELETE', `/api/v1/me/saved-searches/${saved.id}`, { as: reader });
  });
});
