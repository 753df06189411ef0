import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3_KEYS, startS3Server } from '../../../test/s3-server.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { ANCHOR_JOB } from './index.js';

let s3: Awaited<ReturnType<typeof startS3Server>>;
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  s3 = await startS3Server('innobridge-anchors');
  t = await createTestApp({
    env: {
      S3_ENDPOINT: s3.endpoint,
      S3_BUCKET: 'innobridge-anchors',
      S3_ACCESS_KEY_ID: S3_KEYS.accessKeyId,
      S3_SECRET_ACCESS_KEY: S3_KEYS.secretAccessKey,
      AUDIT_ANCHOR_RETAIN_DAYS: '3650',
    },
  });
  admin = await t.createAdmin();
});
afterAll(async () => {
  await t.close();
  await s3.close();
});

const verify = async () => (await t.call('GET', '/api/v1/admin/audit/verify', { as: admin })).json();

describe('anchors in object storage', () => {
  it('puts each anchor in the bucket too, and verification reads them back from it', async () => {
    await t.ctx.jobs.send(t.ctx.db, ANCHOR_JOB, {});
    await t.runJobs();
    const inBucket = fs.readdirSync(path.join(s3.directory, 'innobridge-anchors'), { recursive: true }) as string[];
    expect(inBucket.some((name) => name.startsWith('audit-anchors'))).toBe(true);

    // With the local file gone, the bucket's anchors still vouch for the head, and catch a truncation.
    fs.rmSync(t.ctx.config.audit.anchorFile);
    const head = (await verify()).lastSeq as number;
    expect(await verify()).toMatchObject({ ok: true, anchors: { count: 1, last: { seq: head } } });
    await t.database.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    await t.database.query('delete from audit_log where seq = $1', [head]);
    await t.database.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    expect(await verify()).toMatchObject({
      ok: false,
      break: { kind: 'truncated', afterSeq: head - 1, anchoredSeq: head },
    });
  });
});
