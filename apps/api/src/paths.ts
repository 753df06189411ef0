import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The API package's directory, found through its package name rather than this file's place, so that
 * it is the same from the TypeScript sources (tests, `npm run dev`) and from the bundled server in
 * dist/ (`npm start`).
 */
export const API_DIR = path.dirname(createRequire(import.meta.url).resolve('@innobridge/api/package.json'));
