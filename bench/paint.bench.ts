/**
 * Paint benchmark: how soon a reader on a slow link sees the first page (`/`). Chromium (Debian's, as
 * the browser tests use) opens the built app served by the platform — the API serving `apps/web/dist`
 * with its brotli and gzip forms — over a link held by the DevTools protocol to 1.6 Mbit/s down,
 * 750 kbit/s up and 150 ms latency, with an empty cache each time (a new browser context per load).
 * Measured per load: first contentful paint, the layout's header and the home page's heading in the
 * document, and the bytes that crossed the link until then. Baseline in the same load: the moment the
 * HTML document had arrived (what the link alone costs before any script). In each language, since
 * each loads its own messages and Ant Design locale. Target: median first contentful paint < 1.5 s; a
 * miss exits with 1. Builds the app first unless BENCH_NO_BUILD=1 or BENCH_DIST names a build to serve.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { startBenchPlatform } from './support/platform.js';
import { withTempDir } from './support/scratch.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGET_FCP_MS = 1500;
const LINK = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const READERS = [
  { language: 'en', locale: 'en-GB' },
  { language: 'ru', locale: 'ru-RU' },
  { language: 'zh', locale: 'zh-CN' },
] as const;

type Load = { fcp: number; header: number; heading: number; html: number; kb: number };

/** Records, before any script of the page runs, when the layout's header and the home heading enter the DOM. */
const OBSERVE_LAYOUT = `(() => {
  const marks = (window.__paintMarks = {});
  const check = () => {
    if (marks.header === undefined && document.querySelector('header.app-header')) marks.header = performance.now();
    if (marks.heading === undefined && document.getElementById('home-title')) marks.heading = performance.now();
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

/** The page's own timings, read once the home heading is visible (a string: bench/ has no DOM types). */
const READ_MARKS = `(() => {
  const paint = performance.getEntriesByName('first-contentful-paint')[0];
  const navigation = performance.getEntriesByType('navigation')[0];
  const marks = window.__paintMarks;
  return {
    fcp: paint ? paint.startTime : NaN,
    header: marks.header ?? NaN,
    heading: marks.heading ?? NaN,
    html: navigation ? navigation.responseEnd : NaN,
  };
})()`;

async function loadOnce(browser: Browser, base: string, locale: string): Promise<Load> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE_LAYOUT);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...LINK });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
    });
    await page.goto(`${base}/`, { waitUntil: 'commit' });
    await page.locator('#home-title').waitFor({ state: 'visible', timeout: 120_000 });
    const marks = await page.evaluate<Omit<Load, 'kb'>>(READ_MARKS);
    return { ...marks, kb: bytes / 1024 };
  } finally {
    await context.close();
  }
}

/** The median of the loads that recorded the value (Chromium may report no paint entry for a load). */
const median = (values: number[]) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

// BENCH_DIST serves another build (say, an earlier one kept aside) instead of apps/web/dist.
const DIST = process.env.BENCH_DIST;
const range = (values: number[]) => {
  const finite = values.filter((value) => Number.isFinite(value));
  return finite.length ? `${Math.round(Math.min(...finite))}–${Math.round(Math.max(...finite))}` : '–';
};

if (process.env.BENCH_NO_BUILD !== '1' && !DIST) {
  execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) throw new Error(`Chromium was not found at ${executablePath} (set CHROMIUM_PATH)`);

await withTempDir('innobridge-bench-paint-', async (dataDir) => {
  const { platform, base } = await startBenchPlatform(dataDir, undefined, DIST ? { WEB_DIST: DIST } : {});
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  try {
    // One load to warm the server (and the disk cache of the build) before anything is timed.
    await loadOnce(browser, base, 'en-GB');
    const rows = [];
    let worst = 0;
    for (const reader of READERS) {
      const loads: Load[] = [];
      for (let run = 0; run < RUNS; run++) loads.push(await loadOnce(browser, base, reader.locale));
      const fcp = median(loads.map((l) => l.fcp));
      worst = Math.max(worst, fcp);
      rows.push({
        language: reader.language,
        'HTML arrived ms': Math.round(median(loads.map((l) => l.html))),
        'FCP ms (median)': Math.round(fcp),
        'FCP ms (min–max)': range(loads.map((l) => l.fcp)),
        'header ms': Math.round(median(loads.map((l) => l.header))),
        'home heading ms': Math.round(median(loads.map((l) => l.heading))),
        'KB over the link': Math.round(median(loads.map((l) => l.kb))),
      });
    }
    console.table(rows);
    console.log(
      `link ${(LINK.downloadThroughput * 8) / 1e6} Mbit/s down, ${LINK.latency} ms latency, ${RUNS} cold loads per language; ` +
        `target median FCP < ${TARGET_FCP_MS} ms in every language: ${worst < TARGET_FCP_MS ? 'met' : 'MISSED'}`,
    );
    if (!(worst < TARGET_FCP_MS)) process.exitCode = 1;
  } finally {
    await browser.close();
    await platform.stop();
  }
});
