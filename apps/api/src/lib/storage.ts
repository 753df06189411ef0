import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where uploaded files live. The default keeps them under the data directory; an S3-compatible
 * store can take this shape later without touching the modules.
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
