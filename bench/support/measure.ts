import http from 'node:http';

/**
 * An endpoint against its own SQL: for each case, warm-up and then timed requests over HTTP,
 * interleaved with the same statements run directly; p50/p95 per case, per language and
 * overall, the ratio of the two, and whether the targets are met.
 */

export type Case = { label: string; language: string; params: Record<string, string> };
export type Result = Case & { matches: number; endpoint: number[]; direct: number[] };

/** Full-text queries in one language, each labelled by its text. */
export const queries = (language: string, ...texts: string[]): Case[] =>
  texts.map((q) => ({ label: q, language, params: { q } }));

export type Plan = {
  /** The endpoint's path, e.g. /api/v1/registry; each case's params become its query string. */
  path: string;
  /** The endpoint's page size: a direct run reads one row more, to know whether there is a next page. */
  page: number;
  warmup: number;
  /** Stop warming up after this long (with at least two pairs); no limit when absent. */
  warmupMs?: number;
  runs: number;
  /** Per case: when the targets are far off, stop after this long (with at least minRuns pairs). */
  budgetMs: number;
  minRuns: number;
};

export const time = async (work: () => Promise<unknown>) => {
  const t = performance.now();
  await work();
  return performance.now() - t;
};
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}
export const ms = (n: number) => Math.round(n * 10) / 10;
export const seconds = (n: number) => `${(n / 1000).toFixed(1)} s`;

/**
 * One kept-alive connection, as a browser keeps one to a site, with Node's own HTTP client: `fetch`
 * spends about 0.3 ms more per request in its streams (measured here on a bare server's 26 KB
 * answer, 0.55 against 0.23 ms), which would be counted as the endpoint's.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(base: string, path: string, params: Record<string, string>): Promise<string> {
  return getText(base, `${path}?${new URLSearchParams(params)}`);
}

/** One GET over the kept-alive connection: the body, or an error naming the status. */
export function getText(base: string, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${path}`, { agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode === 200) resolve(body);
          else reject(new Error(`GET ${path} ${res.statusCode}: ${body.slice(0, 300)}`));
        });
      })
      .on('error', reject);
  });
}

/**
 * Measures each case: `direct` runs the statements the endpoint issues for one request and says how
 * many rows the page query returned and the total it counted (checked against the endpoint's answer).
 */
export async function measure(
  base: string,
  cases: Case[],
  direct: (params: Record<string, string>) => Promise<{ rows: number; total: number }>,
  plan: Plan,
): Promise<Result[]> {
  const endpoint = (params: Record<string, string>) => get(base, plan.path, params);
  const results: Result[] = [];
  for (const c of cases) {
    const viaHttp = JSON.parse(await endpoint(c.params)) as { total: number; items: unknown[] };
    const viaSql = await direct(c.params);
    if (viaHttp.total !== viaSql.total || viaHttp.items.length !== Math.min(plan.page, viaSql.rows))
      console.warn(`! ${c.label}: endpoint total ${viaHttp.total}, direct total ${viaSql.total}`);
    const warming = performance.now();
    for (let i = 0; i < plan.warmup; i++) {
      if (plan.warmupMs !== undefined && i >= 2 && performance.now() - warming > plan.warmupMs) break;
      await endpoint(c.params);
      await direct(c.params);
    }
    const r: Result = { ...c, matches: viaSql.total, endpoint: [], direct: [] };
    // Interleaved, alternating which goes first, so that drift and caching affect both alike.
    const began = performance.now();
    for (let i = 0; i < plan.runs; i++) {
      if (i >= plan.minRuns && performance.now() - began > plan.budgetMs) break;
      const e = () => time(() => endpoint(c.params)).then((t) => r.endpoint.push(t));
      const d = () => time(() => direct(c.params)).then((t) => r.direct.push(t));
      if (i % 2 === 0) {
        await e();
        await d();
      } else {
        await d();
        await e();
      }
    }
    results.push(r);
    process.stdout.write(
      `  ${c.label}: endpoint p95 ${ms(percentile(r.endpoint, 0.95))} ms (n = ${r.endpoint.length})\n`,
    );
  }
  return results;
}

export type Targets = { p95Ms: number; ratio: number };

/**
 * Prints the table (each case, then per language and overall) and, with targets, whether they are
 * met. Returns whether a target was missed, and the case with the slowest endpoint p95.
 */
export function report(results: Result[], note: string, targets?: Targets) {
  const ratio = (e: number, d: number) => Math.round((e / d) * 100) / 100;
  const rows = results.map((r) => {
    const e95 = percentile(r.endpoint, 0.95);
    const d95 = percentile(r.direct, 0.95);
    return {
      query: r.label,
      lang: r.language,
      matches: r.matches,
      n: r.endpoint.length,
      'endpoint p50': ms(percentile(r.endpoint, 0.5)),
      'endpoint p95': ms(e95),
      'direct p50': ms(percentile(r.direct, 0.5)),
      'direct p95': ms(d95),
      'p95 ratio': ratio(e95, d95),
      ...(targets ? { target: e95 < targets.p95Ms && e95 <= targets.ratio * d95 ? 'met' : 'MISSED' } : {}),
    };
  });
  const groups = [...new Set(results.map((r) => r.language)), 'overall'];
  const summary = groups.map((g) => {
    const of = results.filter((r) => g === 'overall' || r.language === g);
    const e = of.flatMap((r) => r.endpoint);
    const d = of.flatMap((r) => r.direct);
    return {
      query: `all ${g === 'overall' ? 'queries' : g}`,
      lang: g,
      matches: '',
      n: e.length,
      'endpoint p50': ms(percentile(e, 0.5)),
      'endpoint p95': ms(percentile(e, 0.95)),
      'direct p50': ms(percentile(d, 0.5)),
      'direct p95': ms(percentile(d, 0.95)),
      'p95 ratio': ratio(percentile(e, 0.95), percentile(d, 0.95)),
      ...(targets ? { target: '' } : {}),
    };
  });
  console.log(`\nTimes in ms; ${note}.`);
  console.table([...rows, ...summary]);
  const slowest = results.reduce((a, b) => (percentile(b.endpoint, 0.95) > percentile(a.endpoint, 0.95) ? b : a));
  if (!targets) return { missed: false, slowest };

  const overall = summary[summary.length - 1] as (typeof summary)[0];
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const slowP95 = rows.filter((r) => r['endpoint p95'] >= targets.p95Ms).map((r) => r.query);
  const slowRatio = rows.filter((r) => r['p95 ratio'] > targets.ratio).map((r) => r.query);
  console.log(
    `Endpoint p95 < ${targets.p95Ms} ms: overall ${overall['endpoint p95']} ms, ${verdict(overall['endpoint p95'] < targets.p95Ms)}` +
      (slowP95.length ? `; missed by ${slowP95.join(', ')}` : '; met by every query'),
  );
  console.log(
    `Endpoint p95 within ${targets.ratio}× of direct: overall ${overall['p95 ratio']}×, ${verdict(overall['p95 ratio'] <= targets.ratio)}` +
      (slowRatio.length ? `; missed by ${slowRatio.join(', ')}` : '; met by every query'),
  );
  return { missed: slowP95.length > 0 || slowRatio.length > 0, slowest };
}
