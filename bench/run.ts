// npm run bench -- <name>: runs one benchmark from bench/<name>.bench.ts.
const name = process.argv[2];
const benches: Record<string, () => Promise<unknown>> = {
  start: () => import('./start.bench.js'),
  startup: () => import('./startup.bench.js'),
  registry: () => import('./registry.bench.js'),
  search: () => import('./search.bench.js'),
  throughput: () => import('./throughput.bench.js'),
  bundle: () => import('./bundle.bench.js'),
  paint: () => import('./paint.bench.js'),
  concepts: () => import('./concepts.bench.js'),
  scheduler: () => import('./scheduler.bench.js'),
  matching: () => import('./matching.bench.js'),
};
const run = name ? benches[name] : undefined;
if (!run) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join('|')}>`);
  process.exit(1);
}
await run();

export {};
