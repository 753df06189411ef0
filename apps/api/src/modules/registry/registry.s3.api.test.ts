import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationWithAdmin, PDF, upload } from '../../../test/registry-helpers.js';
import { S3_KEYS, startS3Server } from '../../../test/s3-server.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';

let s3: Awaited<ReturnType<typeof startS3Server>>;
let t: TestApp;
beforeAll(async () => {
  s3 = await startS3Server('innobridge-documents');
  t = await createTestApp({
    env: {
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: 'innobridge-documents',
      S3_ACCESS_KEY_ID: S3_KEYS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3_KEYS.secretAccessKey,
    },
  });
});
afterAll(async () => {
  await t.close();
  await s3.close();
});

const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : [];

describe('documents in S3-compatible storage', () => {
  it('keeps an uploaded document in the bucket, not on the local disk, and serves it back', async () => {
    const { admin, organizationId } = await organisationWithAdmin(t, 's3.applicant@example.ru');
    const application = (
      await t.call('POST', `/api/v1/organizations/${organizationId}/applications`, { as: admin, body: {} })
    ).json();
    const uploaded = await upload(t, admin, application.id, 'charter', { name: 'charter.pdf', content: PDF });
    expect(uploaded.statusCode).toBe(201);
    expect(filesUnder(path.join(t.dataDir, 'files'))).toEqual([]);
    expect(filesUnder(path.join(s3.directory, 'innobridge-documents')).length).toBeGreaterThan(0);

    const back = await t.call('GET', `/api/v1/applications/${application.id}/documents/${uploaded.json().id}`, {
      as: admin,
    });
    expect(back.statusCode).toBe(200);
    expect(back.rawPayload.equals(PDF)).toBe(true);
  });
});
