import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.js';

// Kept apart from the database client so that the server can tell whether a first start is due
// before it loads the database drivers and the rest of the platform.

/** Where the embedded database of a configuration lives. */
export const pgliteDataDir = (config: Config) => path.join(config.dataDir, 'pgdata');

/** Whether `dataDir` holds an embedded database already. */
export const pgliteDataDirExists = (dataDir: string) => fs.existsSync(path.join(dataDir, 'PG_VERSION'));

/** Whether the platform runs on the embedded database and its directory does not exist yet. */
export const isNewEmbeddedDatabase = (config: Config) =>
  !config.databaseUrl && !pgliteDataDirExists(pgliteDataDir(config));
