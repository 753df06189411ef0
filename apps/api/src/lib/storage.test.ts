import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3_KEYS, startS3Server } from '../../test/s3-server.js';
import { localFileStorage, s3FileStorage } from './storage.js';

const content = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x10, 0x80]);

describe('local file storage', () => {
  it('keeps, returns and deletes a file, and refuses a key that leaves its directory', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'innobridge-files-'));
    const storage = localFileStorage(root);
    await storage.put('applications/a/b', content);
    expect((await storage.get('applications/a/b')).equals(content)).toBe(true);
    await storage.delete('applications/a/b');
    await expect(storage.get('applications/a/b')).rejects.toThrow();
    await expect(storage.put('../outside', content)).rejects.toThrow(/escapes/);
    await fs.rm(root, { recursive: true, force: true });
  });
});

describe('S3-compatible storage', () => {
  let s3: Awaited<ReturnType<typeof startS3Server>>;
  beforeAll(async () => {
    s3 = await startS3Server('innobridge-files');
  });
  afterAll(() => s3.close());

  it('keeps, returns and deletes a file with signed requests', async () => {
    const storage = s3FileStorage({
      endpoint: s3.endpoint,
      bucket: 'innobridge-files',
      region: 'us-east-1',
      ...S3_KEYS,
    });
    await storage.put('conversations/c1/file 1', content);
    expect((await storage.get('conversations/c1/file 1')).equals(content)).toBe(true);
    await storage.delete('conversations/c1/file 1');
    await expect(storage.get('conversations/c1/file 1')).rejects.toThrow(/404/);
    await storage.delete('conversations/c1/file 1'); // already gone: no error
  });

  it('fails loudly when the server refuses the credentials', async () => {
    const storage = s3FileStorage({
      endpoint: s3.endpoint,
      bucket: 'innobridge-files',
      region: 'us-east-1',
      accessKeyId: 'UNKNOWN',
      secretAccessKey: S3_KEYS.secretAccessKey,
    });
    await expect(storage.put('x', content)).rejects.toThrow(/403.*InvalidAccessKeyId/s);
  });
});
