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
}): FileStorage {
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
  };
}
