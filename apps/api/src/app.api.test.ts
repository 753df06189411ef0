import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the API as a whole', () => {
  it('answers the health check', async () => {
    const res = await t.call('GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('serves an OpenAPI 3.1 document with request, response and error schemas for every route', async () => {
    const res = await t.call('GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const operations = Object.entries(
      doc.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>,
    ).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
    expect(operations.length).toBeGreaterThan(25);
    for (const { path, method, op } of operations) {
      expect(Object.keys(op.responses), `${method} ${path}`).toContain('500');
      expect(
        Object.keys(op.responses).some((s) => s.startsWith('2')),
        `${method} ${path} has a success schema`,
      ).toBe(true);
    }
    expect(doc.paths['/api/v1/organizations'].post.requestBody).toBeDefined();
  });

  it('says which operations need a signed-in caller and how a cookie session must send Origin', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).json();
    // The default: a session or an API token.
    expect(doc.security).toEqual([{ session: [] }, { apiToken: [] }]);
    expect(doc.paths['/api/v1/me'].get.security).toBeUndefined();
    expect(doc.paths['/api/v1/organizations'].post.security).toBeUndefined();
    // Open to everyone.
    for (const [path, method] of [
      ['/api/health', 'get'],
      ['/api/v1/auth/signup', 'post'],
      ['/api/v1/auth/login', 'post'],
      ['/api/v1/auth/password-reset/request', 'post'],
      ['/api/v1/registry', 'get'],
      ['/api/v1/taxonomy', 'get'],
      ['/api/v1/opportunities', 'get'],
    ] as const)
      expect(doc.paths[path][method].security, `${method} ${path}`).toEqual([]);
    // Open to everyone, with more for a signed-in caller.
    expect(doc.paths['/api/v1/opportunities/{id}'].get.security).toEqual([{}, { session: [] }, { apiToken: [] }]);
    expect(doc.info.description).toMatch(/Origin/);
    expect(doc.components.securitySchemes.session.description).toMatch(/Origin/);
    for (const lang of ['ru', 'zh']) {
      const translated = (await t.call('GET', `/api/openapi.json?lang=${lang}`)).json();
      expect(translated.info.description, lang).toMatch(/`Origin`.*csrf_failed/s);
    }
  });

  it('lists each named schema once, only when an operation uses it, and describes legal identifiers', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).json();
    const text = JSON.stringify(doc.paths);
    const schemas = doc.components.schemas as Record<string, { properties?: Record<string, { description?: string }> }>;
    for (const name of Object.keys(schemas)) {
      const used =
        text.includes(`"#/components/schemas/${name}"`) ||
        JSON.stringify(schemas).includes(`"#/components/schemas/${name}"`);
      expect(used, name).toBe(true);
    }
    expect(Object.keys(schemas)).not.toContain('OpportunityInput');
    expect(Object.keys(schemas)).not.toContain('MeInput');
    const body = doc.paths['/api/v1/organizations'].post.requestBody.content['application/json'].schema;
    expect(body.properties.legalId.description).toMatch(/INN.*OGRN.*unified social credit code/s);
  });

  it('serves the API docs UI from its own origin', async () => {
    const redirect = await t.call('GET', '/api/docs/');
    expect(redirect.statusCode).toBe(302);
    const res = await t.call('GET', String(redirect.headers.location));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html');
    expect(res.body).not.toMatch(/https?:\/\/(?!localhost)[^"']*\.(js|css)/);
  });

  it('answers an unknown API path with a localised 404 problem', async () => {
    const res = await t.call('GET', '/api/v1/nothing-here', { locale: 'zh-CN,zh;q=0.9' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'not_found', status: 404, detail: '此地址下未找到任何内容。' });
  });

  it('answers an unexpected failure with a 500 that names the request and leaks nothing', async () => {
    const broken = await createTestApp();
    await broken.database.close(); // the database goes away under a running app
    const res = await broken.call('GET', '/api/health', { locale: 'ru' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.code).toBe('internal');
    expect(body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.detail).toContain(body.requestId);
    expect(body.detail).toMatch(/^На нашей стороне произошла ошибка/);
    expect(JSON.stringify(body)).not.toMatch(/pglite|closed|stack|at /i);
    await broken.app.close();
    await broken.mail.close();
  });
});
