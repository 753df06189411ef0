/**
 * Generated opportunities of the exchange: every type, areas of the seeded taxonomy with their names
 * and synonyms as the texts' words, Russian, Chinese and English texts by the organisation's
 * jurisdiction, TRL, cooperation forms, target countries; mostly published. Inserted straight into
 * `opportunities` with `search_zh` segmented as the app does.
 */
import { COOPERATION_FORMS, IP_STATUSES, OPPORTUNITY_TYPES, type OpportunityType } from '@innobridge/contracts';
import type { Database } from '../../apps/api/src/db/client.js';
import { segmentFieldsForIndex } from '../../apps/api/src/lib/text.js';
import { TAXONOMY_SEED, type TaxonomySeedArea } from '../../apps/api/src/modules/matching/taxonomy-data.js';
import { DAY, EXTRAS, MARKETS, type Texts } from './organizations.js';
import { cap, type Random } from './random.js';

type Lang = 'ru' | 'zh' | 'en';
export type Owner = { id: string; jurisdiction: 'RU' | 'CN' | 'OTHER' };

const LEAVES = TAXONOMY_SEED.filter((a) => a.parent !== null);
/** Areas asked about more often than the rest: a fifth of the picks. */
const POPULAR = LEAVES.filter((a) =>
  [
    'energy.batteries',
    'energy.battery-recycling',
    'manufacturing.industrial-robots',
    'electronics.sensors-mems',
    'ict.machine-learning',
    'transport.ev-powertrain',
    'aerospace.drones',
    'environment.waste-management',
  ].includes(a.code),
);

const TYPE_WEIGHTS: Record<OpportunityType, number> = {
  technology_offer: 30,
  technology_request: 15,
  business_offer: 12,
  business_request: 8,
  rd_partner_search: 10,
  investment_raising: 8,
  investor_thesis: 4,
  corporate_challenge: 5,
  pilot_request: 8,
};

/** Per type: the title around an area's term, in each language (the Chinese one a suffix). */
const TITLES: Record<OpportunityType, { ru: (t: string) => string; zh: string; en: (t: string) => string }> = {
  technology_offer: { ru: (t) => `${cap(t)}: предлагаем технологию`, zh: '技术', en: (t) => `${cap(t)} technology` },
  technology_request: { ru: (t) => `Ищем технологию: ${t}`, zh: '技术需求', en: (t) => `Looking for ${t}` },
  business_offer: {
    ru: (t) => `Поставки и дистрибуция: ${t}`,
    zh: '产品供应',
    en: (t) => `Supply and distribution: ${t}`,
  },
  business_request: { ru: (t) => `Ищем поставщика: ${t}`, zh: '采购需求', en: (t) => `Seeking suppliers: ${t}` },
  rd_partner_search: {
    ru: (t) => `Партнёр для совместных НИОКР: ${t}`,
    zh: '联合研发合作',
    en: (t) => `R&D partner wanted: ${t}`,
  },
  investment_raising: {
    ru: (t) => `Привлекаем инвестиции: ${t}`,
    zh: '项目融资',
    en: (t) => `Raising investment: ${t}`,
  },
  investor_thesis: { ru: (t) => `Инвестируем в направление: ${t}`, zh: '投资方向', en: (t) => `We invest in ${t}` },
  corporate_challenge: {
    ru: (t) => `Технологический вызов: ${t}`,
    zh: '企业技术挑战',
    en: (t) => `Corporate challenge: ${t}`,
  },
  pilot_request: { ru: (t) => `Пилотное внедрение: ${t}`, zh: '试点应用需求', en: (t) => `Pilot wanted: ${t}` },
};
const ZH_PREFIXES = ['', '', '', '新一代', '高效', '智能化', '新能源汽车', '工业级', '低成本'];

const FORMS: Record<(typeof COOPERATION_FORMS)[number], Record<Lang, string>> = {
  licence: { ru: 'лицензия', zh: '技术许可', en: 'licence' },
  joint_venture: { ru: 'совместное предприятие', zh: '合资企业', en: 'joint venture' },
  distribution: { ru: 'дистрибуция', zh: '分销', en: 'distribution' },
  contract_manufacturing: { ru: 'контрактное производство', zh: '代工生产', en: 'contract manufacturing' },
  investment: { ru: 'инвестиции', zh: '投资', en: 'investment' },
  joint_rnd: { ru: 'совместные исследования', zh: '联合研发', en: 'joint research' },
  pilot: { ru: 'пилотный проект', zh: '试点项目', en: 'pilot project' },
};
const COUNTRIES = ['RU', 'CN', 'KZ', 'BY', 'UZ', 'AE', 'DE', 'SG', 'IN', 'TR'];

export type Opportunity = {
  id: string;
  organizationId: string;
  jurisdiction: Owner['jurisdiction'];
  type: OpportunityType;
  state: 'draft' | 'submitted' | 'published' | 'closed';
  closeReason: string | null;
  title: Texts;
  summary: Texts;
  description: Texts;
  offer: Texts;
  areas: string[];
  trl: number | null;
  ipStatus: string | null;
  cooperationForms: string[];
  targetCountries: string[];
  deadline: string | null;
  amountMin: number | null;
  amountMax: number | null;
  currency: string | null;
  publishedAt: string | null;
  expiresAt: string | null;
  searchZh: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
};

/**
 * Dates count back from `today` (midnight UTC of the run): the published ones are younger than
 * eleven months, so that none expires or is reminded of its expiry during a run.
 */
export function generateOpportunity(r: Random, owners: Owner[], today: number): Opportunity {
  const { int, chance, pick, weighted, some, uuid } = r;
  const owner = pick(owners);
  const type = weighted(OPPORTUNITY_TYPES.map((t) => [t, TYPE_WEIGHTS[t]] as const));
  const state = weighted([
    ['published', 86],
    ['closed', 7],
    ['draft', 4],
    ['submitted', 3],
  ] as const);
  const home = ({ RU: 'ru', CN: 'zh', OTHER: 'en' } as const)[owner.jurisdiction];
  const langs: Lang[] = (['ru', 'zh', 'en'] as const).filter(
    (l) => l === home || chance(l === 'en' ? 0.6 : owner.jurisdiction === 'OTHER' ? 0.25 : 0.35),
  );

  const chosen: TaxonomySeedArea[] = some(LEAVES, 1 + (chance(0.5) ? 1 : 0) + (chance(0.2) ? 1 : 0));
  if (chance(0.2)) chosen[0] = pick(POPULAR);
  const areas = [...new Set(chosen.map((a) => a.code))];
  if (chance(0.3)) areas.push((chosen[0] as TaxonomySeedArea).parent as string);
  const technical = type.startsWith('technology') || type === 'rd_partner_search' || type === 'pilot_request';
  const trl = technical || chance(0.5) ? 1 + int(9) : null;
  const forms = some(COOPERATION_FORMS, 1 + int(3));
  const market = pick(MARKETS);
  const extra = pick(EXTRAS);
  // A term per area: its name or one of its synonyms, the same choice in every language where possible.
  const terms = chosen.map((a) => {
    const k = chance(0.5) ? -1 : int(a.synonyms.en.length);
    const of = (l: Lang) => (k < 0 ? a.label[l] : (a.synonyms[l][k % a.synonyms[l].length] ?? a.label[l]));
    return { ru: of('ru'), zh: of('zh'), en: of('en') };
  });
  const [main, second] = terms as [Record<Lang, string>, Record<Lang, string> | undefined];
  const zhPrefix = pick(ZH_PREFIXES);

  const title: Texts = {};
  const summary: Texts = {};
  const description: Texts = {};
  const offer: Texts = {};
  const keywords = (l: Lang) => (chosen[0] as TaxonomySeedArea).synonyms[l].slice(0, 3).join(l === 'zh' ? '、' : ', ');
  for (const l of langs) {
    const t0 = main[l];
    const t1 = second?.[l];
    const formList = forms.map((f) => FORMS[f][l]);
    if (l === 'ru') {
      title.ru = TITLES[type].ru(t0);
      summary.ru = `${cap(t0)}${t1 ? ` и ${t1}` : ''} для ${market.ru}: ищем партнёров в России и Китае.`;
      description.ru =
        `${trl ? `Уровень готовности технологии: УГТ ${trl}. ` : ''}Ключевые слова: ${keywords('ru')}. ` +
        `Формы сотрудничества: ${formList.join(', ')}. ${extra.ru}`;
      if (type === 'corporate_challenge') offer.ru = 'Пилотный контракт и доступ к производственной площадке.';
    } else if (l === 'zh') {
      title.zh = `${zhPrefix}${t0}${TITLES[type].zh}`;
      summary.zh = `面向${market.zh}的${t0}${t1 ? `与${t1}` : ''}，寻求中俄合作伙伴。`;
      description.zh =
        `${trl ? `技术成熟度：TRL ${trl}。` : ''}关键词：${keywords('zh')}。` +
        `合作方式：${formList.join('、')}。${extra.zh}`;
      if (type === 'corporate_challenge') offer.zh = '提供试点合同和生产基地。';
    } else {
      title.en = TITLES[type].en(t0);
      summary.en = `${cap(t0)}${t1 ? ` and ${t1}` : ''} for ${market.en}: partners wanted in Russia and China.`;
      description.en =
        `${trl ? `Technology readiness: TRL ${trl}. ` : ''}Keywords: ${keywords('en')}. ` +
        `Cooperation: ${formList.join(', ')}. ${extra.en}`;
      if (type === 'corporate_challenge') offer.en = 'A pilot contract and access to a production site.';
    }
  }

  const money = type === 'investment_raising' || type === 'investor_thesis' || chance(0.1);
  const amountMin = money ? (1 + int(50)) * 100_000_000 : null;
  let publishedAt: number | null = null;
  let expiresAt: number | null = null;
  let created = today - (1 + int(60)) * DAY - int(DAY);
  let closeReason: string | null = null;
  if (state === 'published' || state === 'closed') {
    publishedAt = today - (state === 'published' ? int(330) : 365 + int(700)) * DAY - int(DAY);
    expiresAt = publishedAt + 365 * DAY;
    created = publishedAt - (1 + int(30)) * DAY;
    if (state === 'closed')
      closeReason = weighted([
        ['expired', 60],
        ['withdrawn', 25],
        ['success', 15],
      ] as const);
  }
  const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
  return {
    id: uuid(),
    organizationId: owner.id,
    jurisdiction: owner.jurisdiction,
    type,
    state,
    closeReason,
    title,
    summary,
    description,
    offer,
    areas,
    trl,
    ipStatus: chance(0.7) ? pick(IP_STATUSES) : null,
    cooperationForms: forms,
    targetCountries: some(COUNTRIES, 1 + int(3)),
    deadline: chance(0.3) ? (iso(today + (30 + int(300)) * DAY) as string).slice(0, 10) : null,
    amountMin,
    amountMax: amountMin === null ? null : amountMin * (2 + int(5)),
    currency: amountMin === null ? null : pick(['RUB', 'CNY', 'USD']),
    publishedAt: iso(publishedAt),
    expiresAt: iso(expiresAt),
    // as the exchange's chineseSearchText
    searchZh: segmentFieldsForIndex([title, summary, description].map((t) => t.zh ?? '')),
    createdBy: uuid(),
    createdAt: iso(created) as string,
    updatedAt: iso(publishedAt ?? created) as string,
  };
}

const INSERT = `
  INSERT INTO opportunities (id, organization_id, jurisdiction, type, state, close_reason, title, summary,
    description, offer, areas, trl, ip_status, cooperation_forms, target_countries, deadline, amount_min,
    amount_max, currency, published_at, expires_at, search_zh, created_by, created_at, updated_at)
  SELECT id, organization_id, jurisdiction, type, state, close_reason, title::jsonb, summary::jsonb,
    description::jsonb, offer::jsonb, areas::text[], trl, ip_status, cooperation_forms::text[],
    target_countries::text[], deadline, amount_min, amount_max, currency, published_at, expires_at, search_zh,
    created_by, created_at, updated_at
  FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
    $9::text[], $10::text[], $11::text[], $12::int[], $13::text[], $14::text[], $15::text[], $16::date[],
    $17::bigint[], $18::bigint[], $19::text[], $20::timestamptz[], $21::timestamptz[], $22::text[], $23::uuid[],
    $24::timestamptz[], $25::timestamptz[])
    AS t(id, organization_id, jurisdiction, type, state, close_reason, title, summary, description, offer, areas,
      trl, ip_status, cooperation_forms, target_countries, deadline, amount_min, amount_max, currency,
      published_at, expires_at, search_zh, created_by, created_at, updated_at)`;

/** Inserts generated opportunities straight into the table, in one statement. */
export async function insertOpportunities(database: Database, rows: Opportunity[]): Promise<void> {
  const col = <K extends keyof Opportunity>(k: K) => rows.map((r) => r[k]);
  const json = (k: 'title' | 'summary' | 'description' | 'offer') => rows.map((r) => JSON.stringify(r[k]));
  // Each row's array as an array literal: unnest cannot take arrays of different lengths.
  const array = (k: 'areas' | 'cooperationForms' | 'targetCountries') => rows.map((r) => `{${r[k].join(',')}}`);
  await database.query(INSERT, [
    col('id'),
    col('organizationId'),
    col('jurisdiction'),
    col('type'),
    col('state'),
    col('closeReason'),
    json('title'),
    json('summary'),
    json('description'),
    json('offer'),
    array('areas'),
    col('trl'),
    col('ipStatus'),
    array('cooperationForms'),
    array('targetCountries'),
    col('deadline'),
    col('amountMin'),
    col('amountMax'),
    col('currency'),
    col('publishedAt'),
    col('expiresAt'),
    col('searchZh'),
    col('createdBy'),
    col('createdAt'),
    col('updatedAt'),
  ]);
}
