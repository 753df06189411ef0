import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let f: Factories;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
});
afterAll(() => t.close());

describe('GET /api/v1/organizations/:id/members', () => {
  it("lets an operator read the members of their own jurisdiction's organisations only", async () => {
    const operatorCn = await f.operator('CN');
    const operatorRu = await f.operator('RU');
    const created = await f.organization(await f.user(), { jurisdiction: 'RU', name: { ru: 'Ромашка' } });
    const url = `/api/v1/organizations/${created.id}/members`;
    expect((await t.call('GET', url, { as: operatorRu })).statusCode).toBe(200);
    const refused = await t.call('GET', url, { as: operatorCn, locale: 'zh' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('organization_forbidden');
  });
});
