import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';

/** Where the embedded installation keeps the key it made for itself. */
export const auditKeyFile = (config: Config) => path.join(config.dataDir, 'audit.key');

/**
 * The audit chain's HMAC key: AUDIT_KEY, or on the embedded database (where the configuration
 * requires no key) one made once and kept in a file of the data directory, outside the database.
 * It is never stored in the database: whoever can rewrite the tables cannot sign what they write.
 */
export function loadAuditKey(config: Config): Buffer {
  if (config.audit.key) return Buffer.from(config.audit.key, 'utf8');
  const file = auditKeyFile(config);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) {
    // Written aside and linked into place: of two processes starting at once (the server and the
    // child preparing the database), one key wins and neither reads a half-written file.
    const aside = `${file}.${process.pid}.new`;
    fs.writeFileSync(aside, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
    try {
      fs.linkSync(aside, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(aside, { force: true });
    }
  }
  const key = fs.readFileSync(file, 'utf8').trim();
  if (key.length < 32) throw new Error(`the audit key in ${file} is shorter than 32 characters`);
  return Buffer.from(key, 'utf8');
}
