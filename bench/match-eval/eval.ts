// The matching evaluation harness: npm run match-eval -- <file.json> [--json]
//
// A fresh embedded database, the platform built on it as the server builds it (no background workers),
// then every item of the file made through the platform's own entry points: an organisation of its
// jurisdiction (RU, CN, else OTHER) for each item, the opportunity created, submitted and published by an
// operator. Publication enqueues the matching job; the jobs run, then the nightly refresh (the same
// lists, with the final frequencies). Each item's stored candidates are read through the API, as a
// visitor reads them. Only then are the file's pairs read: each side of each pair is looked up in the
// other's list (the items of the complementary kinds, best first). Prints recall@1/5/10, MRR and the
// rank of every expected pair (">20" when the list of 20 does not hold it).
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  type CreateOrganizationBody,
  type MatchProposalList,
  type OpportunityType,
  withCheckDigits,
} from '@innobridge/contracts';
import { buildApp } from '../../apps/api/src/app.js';
import { loadConfig } from '../../apps/api/src/config.js';
import { openPglite } from '../../apps/api/src/db/client.js';
import { migrateDatabase } from '../../apps/api/src/db/migrate.js';
import { createOpportunity, publishOpportunity, submitOpportunity } from '../../apps/api/src/modules/exchange/index.js';
import { actorForUser, provisionUser } from '../../apps/api/src/modules/identity/index.js';
import { MATCH_REFRESH_JOB } from '../../apps/api/src/modules/matching/index.js';
import { createOrganization } from '../../apps/api/src/modules/organizations/index.js';
import { PUBLIC_STATUSES } from '../../apps/api/src/modules/registry/index.js';

type Item = {
  id: string;
  type: OpportunityType;
  language: 'ru' | 'zh' | 'en';
  country: string;
  title: string;
  description: string;
  areas?: string[];
  trl?: number;
};

/** Items give no TRL: a technology offer is published as ready for a pilot (7), as its authors would say. */
const OFFER_TRL = 7;
const LIST = 20;
const SUMMARY_MAX = 1000;

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  console.error('usage: npm run match-eval -- <file.json> [--json]');
  process.exit(1);
}
const asJson = args.includes('--json');
const input = JSON.parse(readFileSync(file, 'utf8')) as { items: Item[]; pairs: unknown };
// The items only, until every list is read.
const items = input.items;

const jurisdictionOf = (country: string) => (country === 'RU' ? 'RU' : country === 'CN' ? 'CN' : 'OTHER');
let serial = 0;
function legalId(jurisdiction: 'RU' | 'CN' | 'OTHER') {
  serial += 1;
  if (jurisdiction === 'RU') return withCheckDigits('inn', String(770_000_000 + serial));
  if (jurisdiction === 'CN') return withCheckDigits('uscc', `91110108MA03${String(serial).padStart(5, '0')}`);
  return `EVAL ${100_000 + serial}`;
}

/** The summary is at most 1,000 characters: a longer text is cut at a sentence and given whole as the description. */
function texts(item: Item) {
  const text = item.description;
  if (text.length <= SUMMARY_MAX) return { summary: { [item.language]: text } };
  const cut = text.slice(0, SUMMARY_MAX);
  const end = Math.max(cut.lastIndexOf('.'), cut.lastIndexOf('。'));
  return {
    summary: { [item.language]: end > 0 ? cut.slice(0, end + 1) : cut },
    description: { [item.language]: text },
  };
}

async function rankAll(): Promise<Map<string, string[]>> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'innobridge-match-eval-'));
  const database = await openPglite();
  await migrateDatabase(database);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    WEB_DIST: '/nonexistent',
    DEV_MAILBOX: 'false',
    // Organisations publish without a cluster status: an installation may allow it, and the statuses
    // have nothing to do with matching.
    EXCHANGE_SUBMIT_STATUSES: 'none,applicant,participant,partner',
  });
  const { app, ctx } = await buildApp({ config, database });
  try {
    const person = async (
      key: string,
      roles: Parameters<typeof provisionUser>[1]['roles'],
      locale: 'ru' | 'zh' | 'en',
    ) => {
      const id = await provisionUser(ctx, {
        email: `${key}@match-eval.test`,
        password: 'match evaluation, not a secret',
        displayName: key,
        locale,
        roles,
      });
      const actor = await actorForUser(ctx, id);
      if (!actor) throw new Error(`no actor for ${key}`);
      return actor;
    };
    const operators = {
      RU: await person('operator-ru', [{ role: 'operator', jurisdiction: 'RU' }], 'ru'),
      CN: await person('operator-cn', [{ role: 'operator', jurisdiction: 'CN' }], 'zh'),
    };
    const owners = {
      RU: await person('owner-ru', [], 'ru'),
      CN: await person('owner-cn', [], 'zh'),
      OTHER: await person('owner-other', [], 'en'),
    };
    const idOf = new Map<string, string>();
    for (const item of items) {
      const jurisdiction = jurisdictionOf(item.country);
      const owner = owners[jurisdiction];
      serial += 1;
      const body: CreateOrganizationBody = {
        type: 'company',
        jurisdiction,
        city: jurisdiction === 'RU' ? 'Moscow' : jurisdiction === 'CN' ? 'Beijing' : 'Berlin',
        legalId: legalId(jurisdiction),
        name: { [item.language]: `Organisation ${serial}` },
      };
      const org = await createOrganization(ctx, owner, body, owner.locale, PUBLIC_STATUSES);
      const draft = await createOpportunity(ctx, owner, {
        organizationId: org.id,
        type: item.type,
        title: { [item.language]: item.title },
        ...texts(item),
        areas: item.areas ?? [],
        trl: item.trl ?? (item.type === 'technology_offer' ? OFFER_TRL : null),
        cooperationForms: [],
        targetCountries: [],
      });
      await submitOpportunity(ctx, owner, draft.id);
      await publishOpportunity(ctx, operators[jurisdiction === 'CN' ? 'CN' : 'RU'], draft.id);
      idOf.set(item.id, draft.id);
    }
    const started = Date.now();
    const first = await ctx.jobs.runPending();
    await ctx.jobs.send(ctx.db, MATCH_REFRESH_JOB, {});
    const refresh = await ctx.jobs.runPending();
    if (first.failed + refresh.failed > 0) throw new Error(`${first.failed + refresh.failed} job(s) failed`);
    if (!asJson) console.log(`${items.length} items published; matching jobs ran in ${Date.now() - started} ms`);
    const itemOf = new Map([...idOf].map(([itemId, id]) => [id, itemId]));
    const lists = new Map<string, string[]>();
    for (const item of items) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/v1/matching/opportunities/${idOf.get(item.id)}/candidates`,
      });
      if (res.statusCode !== 200) throw new Error(`candidates of ${item.id}: ${res.statusCode} ${res.body}`);
      const list = res.json() as MatchProposalList;
      lists.set(
        item.id,
        list.items.flatMap((p) =>
          p.candidate.kind === 'opportunity' ? (itemOf.get(p.candidate.opportunity.id) ?? []) : [],
        ),
      );
    }
    return lists;
  } finally {
    await app.close();
    await database.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

const lists = await rankAll();

// Now, and only now, the expected pairs.
const pairs = input.pairs as [string, string][];
type Row = { from: string; to: string; rank: number | null };
const rows: Row[] = pairs.flatMap(([a, b]) =>
  [
    [a, b],
    [b, a],
  ].map(([from, to]) => {
    const at = (lists.get(from as string) ?? []).indexOf(to as string);
    return { from: from as string, to: to as string, rank: at === -1 ? null : at + 1 };
  }),
);
const within = (k: number) => rows.filter((r) => r.rank !== null && r.rank <= k).length / rows.length;
const result = {
  file,
  items: items.length,
  pairs: pairs.length,
  sides: rows.length,
  recall1: within(1),
  recall5: within(5),
  recall10: within(10),
  mrr: rows.reduce((s, r) => s + (r.rank ? 1 / r.rank : 0), 0) / rows.length,
  ranks: rows,
};
if (asJson) console.log(JSON.stringify(result, null, 2));
else {
  const f = (x: number) => x.toFixed(3);
  console.log(`${file}: ${items.length} items, ${pairs.length} pairs (${rows.length} sides ranked)`);
  console.log(
    `recall@1 ${f(result.recall1)}  recall@5 ${f(result.recall5)}  recall@10 ${f(result.recall10)}  MRR ${f(result.mrr)}`,
  );
  for (const r of rows) console.log(`  ${r.from.padEnd(10)} → ${r.to.padEnd(10)} rank ${r.rank ?? `>${LIST}`}`);
}
