import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationWithAdmin } from '../../../test/registry-helpers.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

// An installation that opens the exchange to every registered organisation.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { EXCHANGE_SUBMIT_STATUSES: 'none,applicant,participant,partner' } });
});
afterAll(() => t.close());

describe('which statuses may submit, as configured', () => {
  it('lets an organisation without a cluster status submit when the installation allows it', async () => {
    const newcomer = await organisationWithAdmin(t, 'open.exchange@example.ru');
    const draft = await t.call('POST', '/api/v1/opportunities', {
      as: newcomer.admin,
      body: {
        organizationId: newcomer.organizationId,
        type: 'business_request',
        title: { en: 'Distributor wanted' },
        summary: { en: 'We look for a distributor in China.' },
      },
    });
    const submitted = await t.call('POST', `/api/v1/opportunities/${draft.json().id}/submit`, { as: newcomer.admin });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().state).toBe('submitted');
  });
});
