import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { STAND_IN_MARK, startTranslationStandIn } from '../../../test/translation-server.js';
import { memoryCounterStore } from '../../lib/rate-limiter.js';
import { MAX_PER_WINDOW, WINDOW_MS } from './translation.service.js';

type Side = { admin: Session; organizationId: string };

/** Two organisations with an accepted interest and a conversation, and a third that is in neither. */
async function exchangeBetween(t: TestApp) {
  const f: Factories = factories(t);
  const operatorRu = await f.operator('RU', { email: 'tr.op.ru@example.ru', signedIn: false });
  const operatorCn = await f.operator('CN', { email: 'tr.op.cn@example.cn', signedIn: false });
  const owner: Side = await f.organizationWithStatus({
    owner: { email: 'tr.owner@example.ru', locale: 'ru' },
    operator: operatorRu,
    name: { ru: 'ВторЛитий' },
  });
  const sender: Side = await f.organizationWithStatus({
    owner: { email: 'tr.sender@example.cn', locale: 'zh' },
    operator: operatorCn,
    jurisdiction: 'CN',
    name: { zh: '固锂新能源' },
  });
  const third: Side = await f.organizationWithStatus({
    owner: { email: 'tr.third@example.ru' },
    operator: operatorRu,
    name: { ru: 'Третья сторона' },
  });
  const opportunity = await f.opportunity(owner.admin, owner.organizationId, {
    state: 'published',
    operator: operatorRu,
    body: {
      type: 'technology_offer',
      title: { ru: 'Переработка аккумуляторов' },
      summary: { ru: 'Извлечение лития и кобальта.' },
      description: { ru: 'Подробности для участников.' },
    },
  });
  const interest = await t.call('POST', `/api/v1/opportunities/${opportunity.id}/interests`, {
    as: sender.admin,
    body: { organizationId: sender.organizationId, message: '我们对电池回收技术很感兴趣。' },
  });
  const interestId = interest.json().id as string;
  const accepted = await t.call('POST', `/api/v1/interests/${interestId}/accept`, { as: owner.admin });
  const conversationId = accepted.json().conversationId as string;
  const posted = await t.call('POST', `/api/v1/conversations/${conversationId}/messages`, {
    as: sender.admin,
    body: { body: '好的，我们周三下午方便。' },
  });
  if (posted.statusCode !== 201) throw new Error(posted.body);
  return {
    owner,
    sender,
    third,
    opportunityId: opportunity.id,
    interestId,
    conversationId,
    messageId: posted.json().id,
  };
}

describe('machine translation, off by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('says it is unavailable, and a request answers a clear problem in the reader language', async () => {
    const settings = await t.call('GET', '/api/v1/translations/settings');
    expect(settings.statusCode).toBe(200);
    expect(settings.json()).toEqual({ available: false });

    const user = await factories(t).user({ email: 'tr.alone@example.ru' });
    const res = await t.call('POST', '/api/v1/translations', {
      as: user,
      locale: 'ru',
      body: {
        source: { kind: 'interest', interestId: '00000000-0000-4000-8000-000000000000', field: 'message' },
        target: 'en',
      },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'translation_not_configured', detail: expect.stringMatching(/перевод/) });
  });
});

describe('machine translation with a LibreTranslate server', () => {
  let t: TestApp;
  let standIn: Awaited<ReturnType<typeof startTranslationStandIn>>;
  let world: Awaited<ReturnType<typeof exchangeBetween>>;
  const message = () => ({
    kind: 'message',
    conversationId: world.conversationId,
    messageId: world.messageId,
  });

  beforeAll(async () => {
    standIn = await startTranslationStandIn();
    t = await createTestApp({
      env: {
        TRANSLATION_PROVIDER: 'libretranslate',
        TRANSLATION_URL: `${standIn.url}/`,
        TRANSLATION_API_KEY: 'stand-in-key',
        TRANSLATION_TIMEOUT_MS: '500',
      },
    });
    world = await exchangeBetween(t);
  });
  afterAll(async () => {
    await t.close();
    await standIn.close();
  });

  it('says it is available', async () => {
    expect((await t.call('GET', '/api/v1/translations/settings')).json()).toEqual({ available: true });
  });

  it('translates a message for a side of the conversation, marked as machine-made, and asks the service once', async () => {
    const before = standIn.calls.length;
    const first = await t.call('POST', '/api/v1/translations', {
      as: world.owner.admin,
      body: { source: message(), target: 'ru' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      text: '[перевод] 好的，我们周三下午方便。',
      target: 'ru',
      detectedLanguage: 'zh',
      machine: true,
    });
    expect(standIn.calls.slice(before)).toEqual([
      { q: '好的，我们周三下午方便。', source: 'auto', target: 'ru', format: 'text', api_key: 'stand-in-key' },
    ]);
    // The same text into the same language again, by the other side: from the cache.
    const second = await t.call('POST', '/api/v1/translations', {
      as: world.sender.admin,
      body: { source: message(), target: 'ru' },
    });
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    expect(standIn.calls.length).toBe(before + 1);
  });

  it('translates into each of the three languages', async () => {
    for (const target of ['ru', 'zh', 'en'] as const) {
      const res = await t.call('POST', '/api/v1/translations', {
        as: world.sender.admin,
        body: { source: { kind: 'interest', interestId: world.interestId, field: 'message' }, target },
      });
      expect(res.statusCode, target).toBe(200);
      expect(res.json()).toMatchObject({
        text: `${STAND_IN_MARK[target]} 我们对电池回收技术很感兴趣。`,
        target,
        machine: true,
      });
    }
  });

  it('gives the service the language an opportunity text is written in, and only a text that exists', async () => {
    const before = standIn.calls.length;
    const source = { kind: 'opportunity', opportunityId: world.opportunityId, field: 'summary', language: 'ru' };
    const res = await t.call('POST', '/api/v1/translations', {
      as: world.sender.admin,
      body: { source, target: 'zh' },
    });
    expect(res.json()).toMatchObject({ text: '[译文] Извлечение лития и кобальта.', target: 'zh' });
    expect(standIn.calls.at(-1)).toMatchObject({ source: 'ru', target: 'zh' });

    const missing = await t.call('POST', '/api/v1/translations', {
      as: world.sender.admin,
      locale: 'zh',
      body: { source: { ...source, language: 'zh' }, target: 'en' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('translation_text_not_found');
    expect(standIn.calls.length).toBe(before + 1);
  });

  it('translates nothing a reader may not see: a stranger to the conversation, the interest or a visitor', async () => {
    const before = standIn.calls.length;
    const stranger = await t.call('POST', '/api/v1/translations', {
      as: world.third.admin,
      body: { source: message(), target: 'en' },
    });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().code).toBe('conversation_not_found');
    const note = await t.call('POST', '/api/v1/translations', {
      as: world.third.admin,
      body: { source: { kind: 'interest', interestId: world.interestId, field: 'message' }, target: 'en' },
    });
    expect(note.json().code).toBe('interest_not_found');
    const visitor = await t.call('POST', '/api/v1/translations', { body: { source: message(), target: 'en' } });
    expect(visitor.statusCode).toBe(401);
    // No word of it reached the service.
    expect(standIn.calls.length).toBe(before);
  });

  it('translates what an operator wrote to an organisation for its members, and for no other organisation', async () => {
    const f = factories(t);
    const returned = await f.returnedOpportunity(world.sender.admin, world.sender.organizationId, {
      comment: 'Укажите уровень готовности технологии.',
    });
    const registry = (
      await t.call('GET', `/api/v1/organizations/${world.sender.organizationId}/registry`, { as: world.sender.admin })
    ).json();
    const [application] = registry.applications;
    const decision = application.messages.find((m: { kind: string }) => m.kind === 'decision');
    const [change] = registry.history;
    const sources = {
      comment: { kind: 'moderation_comment', opportunityId: returned.id },
      decision: { kind: 'application_message', applicationId: application.id, messageId: decision.id },
      reason: { kind: 'status_reason', organizationId: world.sender.organizationId, entryId: change.id },
    };
    const ask = (as: Session, source: object) =>
      t.call('POST', '/api/v1/translations', { as, body: { source, target: 'zh' } });

    expect((await ask(world.sender.admin, sources.comment)).json().text).toBe(
      '[译文] Укажите уровень готовности технологии.',
    );
    expect((await ask(world.sender.admin, sources.decision)).json().text).toBe(`[译文] ${decision.body}`);
    expect((await ask(world.sender.admin, sources.reason)).json().text).toBe(`[译文] ${change.reason}`);

    // Another organisation reads none of them, and none reaches the service.
    const before = standIn.calls.length;
    expect((await ask(world.third.admin, sources.comment)).json().code).toBe('opportunity_not_found');
    expect((await ask(world.third.admin, sources.decision)).statusCode).toBe(403);
    expect((await ask(world.third.admin, sources.reason)).statusCode).toBe(403);
    const missing = await ask(world.sender.admin, { ...sources.decision, messageId: crypto.randomUUID() });
    expect(missing.json().code).toBe('translation_text_not_found');
    expect(standIn.calls.length).toBe(before);
  });

  it('answers a localised problem when the service is down or silent, and keeps nothing', async () => {
    // A text nobody translated yet.
    const later = {
      kind: 'message',
      conversationId: world.conversationId,
      messageId: (
        await t.call('POST', `/api/v1/conversations/${world.conversationId}/messages`, {
          as: world.owner.admin,
          body: { body: 'Пришлём спецификацию в пятницу.' },
        })
      ).json().id,
    };
    const askMessage = (locale: string) =>
      t.call('POST', '/api/v1/translations', { as: world.sender.admin, locale, body: { source: later, target: 'zh' } });
    for (const mode of ['down', 'hang'] as const) {
      standIn.state.mode = mode;
      const res = await askMessage('zh');
      expect(res.statusCode, mode).toBe(503);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'translation_unavailable', detail: expect.stringMatching(/翻译服务/) });
    }
    standIn.state.mode = 'up';
    // Nothing was kept from the failures: the service is asked again, and this time answers.
    const before = standIn.calls.length;
    const res = await askMessage('zh');
    expect(res.statusCode).toBe(200);
    expect(res.json().text).toBe('[译文] Пришлём спецификацию в пятницу.');
    expect(standIn.calls.length).toBe(before + 1);
  });
});

describe('machine translation with a service keeping the platform contract', () => {
  let t: TestApp;
  let standIn: Awaited<ReturnType<typeof startTranslationStandIn>>;
  let world: Awaited<ReturnType<typeof exchangeBetween>>;
  const counters = memoryCounterStore();

  beforeAll(async () => {
    standIn = await startTranslationStandIn();
    t = await createTestApp({
      counters,
      env: { TRANSLATION_PROVIDER: 'http', TRANSLATION_URL: `${standIn.url}/contract`, TRANSLATION_API_KEY: 'k-42' },
    });
    world = await exchangeBetween(t);
  });
  afterAll(async () => {
    await t.close();
    await standIn.close();
  });

  const summary = (target: string) => ({
    as: world.sender.admin,
    body: {
      source: { kind: 'opportunity', opportunityId: world.opportunityId, field: 'summary', language: 'ru' },
      target,
    },
  });

  it('sends the text, its language and the key as the contract says', async () => {
    const res = await t.call('POST', '/api/v1/translations', summary('en'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      text: '[translation] Извлечение лития и кобальта.',
      target: 'en',
      detectedLanguage: 'ru',
      machine: true,
    });
    expect(standIn.contractCalls).toEqual([
      { text: 'Извлечение лития и кобальта.', source: 'ru', target: 'en', authorization: 'Bearer k-42' },
    ]);
  });

  it('limits what one person sends to the service, not what the cache answers', async () => {
    for (let i = 0; i < MAX_PER_WINDOW; i += 1)
      await counters.increment(`translation:${world.sender.admin.userId}`, WINDOW_MS);
    const refused = await t.call('POST', '/api/v1/translations', { ...summary('zh'), locale: 'en' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Translated before: still answered, from the cache.
    expect((await t.call('POST', '/api/v1/translations', summary('en'))).statusCode).toBe(200);
    // Someone else is not held back.
    const other = await t.call('POST', '/api/v1/translations', { ...summary('zh'), as: world.owner.admin });
    expect(other.statusCode).toBe(200);
    expect(standIn.contractCalls.length).toBe(2);
  });
});
