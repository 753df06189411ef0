import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Document = {
  info: { title: string; description: string };
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, { tags?: string[] }>>;
  components: { securitySchemes: Record<string, { description?: string }> };
};

const operationTags = (doc: Document) =>
  new Set(Object.values(doc.paths).flatMap((methods) => Object.values(methods).flatMap((op) => op.tags ?? [])));

describe('the API documentation in the reader’s language', () => {
  it('sends /api/docs to the page in the language of Accept-Language, or of ?lang=', async () => {
    const zh = await t.call('GET', '/api/docs', { locale: 'zh-CN,zh;q=0.9' });
    expect(zh.statusCode).toBe(302);
    expect(zh.headers.location).toBe('/api/docs/zh/');
    const ru = await t.call('GET', '/api/docs/?lang=ru', { locale: 'en' });
    expect(ru.headers.location).toBe('/api/docs/ru/');
    const fallback = await t.call('GET', '/api/docs/?lang=fr');
    expect(fallback.headers.location).toBe('/api/docs/en/');
  });

  it('serves each language’s page with its language, its title and the script that translates the tool', async () => {
    const page = await t.call('GET', '/api/docs/ru/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="ru">');
    expect(page.body).toContain('<title>Innobridge API — документация</title>');
    expect(page.body).toContain('theme/language.js');
    const script = await t.call('GET', '/api/docs/ru/static/theme/language.js');
    expect(script.statusCode).toBe(200);
    expect(script.body).toContain('"Try it out":"Попробовать"');
    expect(script.body).toContain('document.documentElement.lang = "ru"');
    const zh = await t.call('GET', '/api/docs/zh/');
    expect(zh.body).toContain('<html lang="zh">');
    expect(zh.body).toContain('<title>Innobridge API 文档</title>');
  });

  it('describes the API and names its sections in the page’s language', async () => {
    const zh = (await t.call('GET', '/api/docs/zh/json')).json() as Document;
    expect(zh.info.description).toMatch(/^莫斯科—中关村合作平台/);
    expect(zh.tags.map((tag) => tag.name)).toContain('合作机会');
    expect(zh.tags.find((tag) => tag.name === '账户与登录')?.description).toMatch(/两步验证/);
    expect([...operationTags(zh)].every((tag) => zh.tags.some((listed) => listed.name === tag))).toBe(true);
    expect(zh.components.securitySchemes.apiToken?.description).toBe('个人 API 令牌（`ib_…`）');

    const ru = (await t.call('GET', '/api/docs/ru/json')).json() as Document;
    expect(ru.info.description).toMatch(/^Платформа сотрудничества Москвы и Чжунгуаньцуня/);
    expect([...operationTags(ru)]).toContain('Биржа');
    expect([...operationTags(ru)].filter((tag) => /[A-Za-z]/.test(tag))).toEqual([]);
  });

  it('summarises every operation in Russian and Chinese, and its English summary is the route’s own', async () => {
    const { resources } = await import('@innobridge/i18n');
    const english = (await t.call('GET', '/api/openapi.json')).json() as Document;
    const keys: string[] = [];
    for (const [path, methods] of Object.entries(english.paths))
      for (const [method, op] of Object.entries(methods as Record<string, { summary?: string }>)) {
        const key = `${method.toUpperCase()} ${path}`;
        keys.push(key);
        const en: Record<string, string> = resources.en.apidocs.operation;
        expect(en[key], `en apidocs.operation "${key}" is the route's summary`).toBe(op.summary);
      }
    for (const locale of ['ru', 'zh'] as const) {
      const summaries: Record<string, string> = resources[locale].apidocs.operation;
      expect(
        keys.filter((key) => !summaries[key]),
        `${locale}/apidocs.json "operation" lacks`,
      ).toEqual([]);
    }
    const ru = (await t.call('GET', '/api/docs/ru/json')).json() as {
      paths: Record<string, Record<string, { summary: string; description?: string }>>;
    };
    expect(ru.paths['/api/v1/me']?.get?.summary).toBe('Пользователь, выполнивший вход');
    expect(ru.paths['/api/v1/opportunities']?.get?.description).toMatch(/^При запросе — по релевантности/);
  });

  it('keeps /api/openapi.json in English with stable section names, unless ?lang= asks for another language', async () => {
    const plain = (await t.call('GET', '/api/openapi.json', { locale: 'ru' })).json() as Document;
    expect(operationTags(plain)).toContain('exchange');
    const ru = (await t.call('GET', '/api/openapi.json?lang=ru')).json() as Document;
    expect(operationTags(ru)).toContain('Биржа');
    expect(ru.info.title).toBe('Innobridge API');
    const again = (await t.call('GET', '/api/openapi.json')).json() as Document;
    expect(operationTags(again)).toContain('exchange');
  });
});
