// Builds what `npm start` serves, each part only when its sources changed since it was last built:
// the web app (apps/web/dist), the server (apps/api/dist) and the demo database the server copies on a
// first start (apps/api/dist/demo-data). Each build writes the hash of its sources into its output
// (`.sources-hash`) when it completes; a part whose hash matches is not built again. Each build runs in
// a process of its own, so that its memory leaves with it.
//
//   node scripts/build.mjs [web] [api] [demo] [--force]    (no part named: all three)
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '..');
const WEB = path.join(ROOT, 'apps/web');
const API = path.join(ROOT, 'apps/api');
const STAMP = '.sources-hash';

/** What goes into every part: the shared packages and the installed dependencies. */
const SHARED = ['packages/contracts', 'packages/i18n', 'package.json', 'package-lock.json', 'tsconfig.base.json'];

/** Each part: its output directory, the files and directories it is built from, and how it is built. */
export const PARTS = {
  web: {
    output: path.join(WEB, 'dist'),
    sources: ['apps/web', ...SHARED],
    build: async () => {
      const vitePackage = createRequire(path.join(WEB, 'package.json')).resolve('vite/package.json');
      const viteBin = path.join(path.dirname(vitePackage), JSON.parse(fs.readFileSync(vitePackage, 'utf8')).bin.vite);
      await run([viteBin, 'build', '--logLevel', 'warn'], WEB);
      await run([path.join(WEB, 'scripts/compress-assets.mjs'), 'dist'], WEB);
    },
  },
  api: {
    output: path.join(API, 'dist'),
    sources: ['apps/api/src', 'apps/api/scripts', 'apps/api/package.json', ...SHARED],
    build: () => run([path.join(API, 'scripts/build.mjs')], API),
  },
  demo: {
    // Built by the server itself (the same work as a first start without it), into the server's output.
    output: path.join(API, 'dist/demo-data'),
    sources: ['apps/api/src', 'apps/api/scripts', 'apps/api/migrations', 'apps/api/package.json', ...SHARED],
    needs: ['api'],
    // The address goes into the demo data (links in queued e-mails): a template is made for the one set.
    environment: ['PORT', 'PUBLIC_URL'],
    build: async (output) => {
      // For the embedded database with demo data, whatever the environment says of the database.
      const env = { DATA_DIR: output, DATABASE_URL: '', DEMO_DATA: 'true', REDIS_URL: '' };
      await run([path.join(API, 'dist/server.js'), '--make-demo-template'], API, env);
    },
  },
};

/** Runs a Node.js script with this process's Node.js, its output shown; rejects when it fails. */
function run(args, cwd, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(args[0])} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/** Every file under the sources (build output and installed packages excepted), in a stable order. */
function sourceFiles(sources) {
  const files = [];
  const walk = (relative) => {
    const full = path.join(ROOT, relative);
    const stat = fs.statSync(full, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isFile()) {
      files.push(relative);
      return;
    }
    for (const entry of fs.readdirSync(full).sort()) {
      if (entry === 'node_modules' || entry === 'dist' || entry === 'data' || entry.endsWith('.tsbuildinfo')) continue;
      walk(path.join(relative, entry));
    }
  };
  for (const source of sources) walk(source);
  return files;
}

/** Each source file's hash, read once however many parts it goes into. */
const fileHashes = new Map();
const fileHash = (file) => {
  let hash = fileHashes.get(file);
  if (!hash) {
    hash = createHash('sha256')
      .update(fs.readFileSync(path.join(ROOT, file)))
      .digest('hex');
    fileHashes.set(file, hash);
  }
  return hash;
};

/**
 * The hash of a part's sources: their paths and contents, the environment variables it is made for and
 * the Node.js major version that builds it.
 */
export function sourcesHash(name) {
  const hash = createHash('sha256').update(`${name} node ${process.versions.node.split('.')[0]}\n`);
  for (const file of sourceFiles(PARTS[name].sources)) hash.update(`${file} ${fileHash(file)}\n`);
  for (const variable of PARTS[name].environment ?? []) hash.update(`${variable}=${process.env[variable] ?? ''}\n`);
  return hash.digest('hex');
}

const builtHash = (name) => {
  try {
    return fs.readFileSync(path.join(PARTS[name].output, STAMP), 'utf8').trim();
  } catch {
    return null;
  }
};

/**
 * Builds the named parts (and the parts they need) whose sources changed since their last build, or
 * all of them with `force`. Parts that need nothing of each other are built at the same time.
 * Returns the names of the parts it built.
 */
export async function build(names = Object.keys(PARTS), { force = false, log = console.log } = {}) {
  const wanted = new Set();
  const add = (name) => {
    for (const need of PARTS[name].needs ?? []) add(need);
    wanted.add(name);
  };
  for (const name of names) add(name);
  const hashes = Object.fromEntries([...wanted].map((name) => [name, sourcesHash(name)]));
  const due = [...wanted].filter((name) => force || builtHash(name) !== hashes[name]);
  if (due.length === 0) return [];
  log(`Building ${due.join(', ')}…`);
  const done = new Map();
  const buildOne = (name) => {
    if (!done.has(name)) {
      done.set(
        name,
        (async () => {
          await Promise.all((PARTS[name].needs ?? []).filter((n) => due.includes(n)).map(buildOne));
          const { output } = PARTS[name];
          // A part is built beside its place when it lives inside another's output, then moved in.
          const nested = name === 'demo';
          const target = nested ? `${output}.new` : output;
          fs.rmSync(target, { recursive: true, force: true });
          if (nested) fs.rmSync(output, { recursive: true, force: true });
          const started = performance.now();
          await PARTS[name].build(target);
          fs.writeFileSync(path.join(target, STAMP), `${hashes[name]}\n`);
          if (nested) fs.renameSync(target, output);
          log(`  ${name} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        })(),
      );
    }
    return done.get(name);
  };
  await Promise.all(due.map(buildOne));
  return due;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const names = args.filter((arg) => !arg.startsWith('--'));
  const unknown = names.filter((name) => !(name in PARTS));
  if (unknown.length > 0) {
    console.error(`unknown part: ${unknown.join(', ')} (parts: ${Object.keys(PARTS).join(', ')})`);
    process.exit(2);
  }
  try {
    const built = await build(names.length > 0 ? names : undefined, { force: args.includes('--force') });
    if (built.length === 0) console.log('Up to date, nothing to build.');
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
