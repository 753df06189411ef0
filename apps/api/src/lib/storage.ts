import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AwsClient } from 'aws4fetch';

/**
 * Where uploaded files live: under the data directory by default, or in S3-compatible object
 * storage when configured. The modules see only this shape.
 */
export type FileStorage = {
  put(key: string, content: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  delete(key: string): Promise<void>;
};

export function localFileStorage(root: string): FileStorage {
  const pathOf = (key: string) => {
    const full = path.resolve(root, key);
    if (!full.startsWith(path.resolve(root) + path.sep)) throw new Error(`storage key escapes the root: ${key}`);
    return full;
  };
  return {
    async put(key, content) {
      const file = pathOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      await fs.writeFile(`${file}.part`, content);
      await fs.rename(`${file}.part`, file);
    },
    get: (key) => fs.readFile(pathOf(key)),
    async delete(key) {
      await fs.rm(pathOf(key), { force: true });
    },
  };
}

/** Object storage beyond files: write-once objects and listing (the audit log's anchors). */
export type ObjectStorage = FileStorage & {
  /**
   * Stores an object that nobody, the platform's own credentials included, may change or delete
   * before `retainUntil` (S3 Object Lock, compliance mode; the bucket must have object lock on).
   */
  putRetained(key: string, content: Buffer, retainUntil: Date): Promise<void>;
  /** Keys under a prefix, in key order. */
  list(prefix: string): Promise<string[]>;
};

/** Undoes the five XML escapes, in a key read from a listing. */
const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/**
 * S3-compatible object storage (AWS S3, MinIO, Ceph, Yandex Object Storage, Alibaba OSS in S3 mode),
 * path-style, with requests signed by Signature V4.
 */
export function s3FileStorage(options: {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}): ObjectStorage {
  const client = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    region: options.region,
    service: 's3',
  });
  const urlOf = (key: string) =>
    `${options.endpoint}/${options.bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
  const fail = async (verb: string, key: string, response: Response) => {
    const detail = (await response.text()).slice(0, 300);
    return new Error(`S3 ${verb} ${key} failed: ${response.status} ${detail}`);
  };
  return {
    async put(key, content) {
      // A copy as a plain Uint8Array: what fetch's body type accepts in every TypeScript lib setting.
      const response = await client.fetch(urlOf(key), { method: 'PUT', body: new Uint8Array(content) });
      if (!response.ok) throw await fail('PUT', key, response);
    },
    async get(key) {
      const response = await client.fetch(urlOf(key));
      if (!response.ok) throw await fail('GET', key, response);
      return Buffer.from(await response.arrayBuffer());
    },
    async delete(key) {
      const response = await client.fetch(urlOf(key), { method: 'DELETE' });
      // Deleting what is not there is no error, as on the local disk.
      if (!response.ok && response.status !== 404) throw await fail('DELETE', key, response);
    },
    async putRetained(key, content, retainUntil) {
      const response = await client.fetch(urlOf(key), {
        method: 'PUT',
        body: new Uint8Array(content),
        headers: {
          // S3 takes object-lock writes only with a checksum of the content.
          'content-md5': createHash('md5').update(content).digest('base64'),
          'x-amz-object-lock-mode': 'COMPLIANCE',
          'x-amz-object-lock-retain-until-date': retainUntil.toISOString(),
        },
      });
      if (!response.ok) throw await fail('PUT', key, response);
    },
    async list(prefix) {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const query = new URLSearchParams({
          'list-type': '2',
          prefix,
          ...(token ? { 'continuation-token': token } : {}),
        });
        const response = await client.fetch(`${options.endpoint}/${options.bucket}?${query}`);
        if (!response.ok) throw await fail('LIST', prefix, response);
        const xml = await response.text();
        for (const match of xml.matchAll(/<Key>([^<]*)<\/Key>/g)) keys.push(unescapeXml(match[1] ?? ''));
        const next = /<NextContinuationToken>([^<]*)<\/NextContinuationToken>/.exec(xml);
        token = /<IsTruncated>true<\/IsTruncated>/.test(xml) && next ? unescapeXml(next[1] ?? '') : undefined;
      } while (token);
      return keys.sort();
    },
  };
}
