// Bundles the server into dist/server.js for `npm start`: the workspace packages (TypeScript) are
// compiled in, npm dependencies stay in node_modules. What the server imports on demand goes into
// chunks of its own (dist/chunks), loaded only when asked for. Plain node then runs it without a
// TypeScript loader, which starts faster and keeps less memory resident (ADR 0011). Tests and
// `npm run dev` run the sources directly.
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';

const API_DIR = path.resolve(import.meta.dirname, '..');

/** npm packages are imported at run time from node_modules; only this repository's own code is bundled. */
const npmPackagesExternal = {
  name: 'npm-packages-external',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@innobridge/') ? undefined : { path: args.path, external: true },
    );
  },
};

fs.rmSync(path.join(API_DIR, 'dist'), { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: API_DIR,
  entryPoints: ['src/server.ts'],
  outdir: 'dist',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [npmPackagesExternal],
});
