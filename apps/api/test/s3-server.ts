import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
// s3rver: a real S3 protocol server in Node (signature checks included), standing in for object storage.
import S3rver from 's3rver';

export const S3_KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** An S3-compatible server on an ephemeral port with one bucket, and the files it keeps. */
export async function startS3Server(bucket: string) {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'innobridge-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const address = (await server.run()) as { address: string; port: number };
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    directory,
    async close() {
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
