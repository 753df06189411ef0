/**
 * Bundle benchmark: the JavaScript the web app's first page (`/`) loads, compressed as a server would
 * send it. Counted: the entry script and the modulepreloads of index.html, every chunk they import
 * statically, and the chunk the entry imports as soon as it runs (main.tsx only defers the app until
 * no-eval.ts has run), with its static imports. Pages, other modules' messages and the other
 * languages are dynamic imports and are not counted. Budget: 200 KB gzip; over it, exit code 1.
 * Builds the app first (`npm run build:web`) unless BENCH_NO_BUILD=1 reads an existing build.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { resources } from '@innobridge/i18n';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = process.env.BENCH_DIST ?? path.join(ROOT, 'apps/web/dist');
const BUDGET_GZIP_BYTES = 200 * 1024;

/** `/assets/x.js` or `./x.js` (relative to `from`) as a path inside dist. */
function resolveChunk(specifier: string, from: string): string {
  return specifier.startsWith('/') ? path.join(DIST, specifier) : path.resolve(path.dirname(from), specifier);
}

/** The chunks a built chunk imports: `import … from "./x.js"` / `import "./x.js"` (static), `import("./x.js")`. */
function importsOf(file: string): { static: string[]; dynamic: string[] } {
  const code = fs.readFileSync(file, 'utf8');
  const staticImports = [
    ...code.matchAll(/(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g),
  ];
  const dynamicImports = [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)];
  return {
    static: staticImports.map((m) => resolveChunk(m[1] as string, file)),
    dynamic: dynamicImports.map((m) => resolveChunk(m[1] as string, file)),
  };
}

function withStaticImports(roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(file).static) visit(next);
  };
  for (const root of roots) visit(root);
  return seen;
}

function firstPageChunks(): Set<string> {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1] as string);
  const preloads = [...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1] as string);
  const entryFiles = entries.map((src) => path.join(DIST, src));
  const started = entryFiles.flatMap((file) => importsOf(file).dynamic);
  return withStaticImports([...entryFiles, ...preloads.map((href) => path.join(DIST, href)), ...started]);
}

if (process.env.BENCH_NO_BUILD !== '1') {
  execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const rows = [...firstPageChunks()].map((file) => {
  const body = fs.readFileSync(file);
  return {
    chunk: path.relative(DIST, file),
    raw: body.length,
    gzip: zlib.gzipSync(body, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
rows.sort((a, b) => b.gzip - a.gzip);
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const total = rows.reduce(
  (sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip, brotli: sum.brotli + r.brotli }),
  {
    raw: 0,
    gzip: 0,
    brotli: 0,
  },
);
console.table(
  rows.map((r) => ({ chunk: r.chunk, 'raw KB': kb(r.raw), 'gzip KB': kb(r.gzip), 'brotli KB': kb(r.brotli) })),
);
console.log(
  `first page (/): ${rows.length} chunks, ${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzip, ${kb(total.brotli)} KB brotli; ` +
    `budget ${kb(BUDGET_GZIP_BYTES)} KB gzip: ${total.gzip <= BUDGET_GZIP_BYTES ? 'met' : 'MISSED'}`,
);

// Texts that must never reach the browser, in any chunk: the e-mail templates. Their subjects are the
// markers, less any sentence the web's own messages also hold (an error may say the same thing).
const webTexts = JSON.stringify(Object.values(resources).map(({ emails: _emails, ...web }) => web));
const emailMarkers = Object.values(resources)
  .flatMap((messages) => Object.values(messages.emails))
  .flatMap((template) => (typeof template === 'object' && 'subject' in template ? [template.subject] : []))
  .filter((subject) => !webTexts.includes(subject));
const leaked = fs
  .readdirSync(path.join(DIST, 'assets'))
  .filter((name) => name.endsWith('.js'))
  .filter((name) => {
    const code = fs.readFileSync(path.join(DIST, 'assets', name), 'utf8');
    return emailMarkers.some((marker) => code.includes(marker));
  });
if (leaked.length) console.log(`e-mail templates found in: ${leaked.join(', ')}`);

if (total.gzip > BUDGET_GZIP_BYTES || leaked.length) process.exitCode = 1;
