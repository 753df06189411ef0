import { withCheckDigits } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/v1/organizations/:id/members', () => {
  it("lets an operator read the members of their own jurisdiction's organisations only", async () => {
    const admin = await t.createAdmin();
    const operatorCn = await t.userWithRole(admin, 'op-cn@example.cn', 'operator', 'CN');
    const operatorRu = await t.userWithRole(admin, 'op-ru@example.ru', 'operator', 'RU');
    const owner = await t.signUp('owner@example.ru');
    const created = await t.call('POST', '/api/v1/organizations', {
      as: owner,
      body: {
        type: 'company',
        jurisdiction: 'RU',
        city: 'Moscow',
        legalId: withCheckDigits('inn', '770101010'),
        name: { ru: 'Ромашка' },
      },
    });
    const url = `/api/v1/organizations/${created.json().id}/members`;
    expect((await t.call('GET', url, { as: operatorRu })).statusCode).toBe(200);
    const refused = await t.call('GET', url, { as: operatorCn, locale: 'zh' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('organization_forbidden');
  });
});
