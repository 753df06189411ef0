/**
 * Registry search benchmark: GET /api/v1/registry over 100,000 generated organisations (Russian,
 * Chinese and English texts, fixed seed) on PostgreSQL. For each query, p50 and p95 of the endpoint
 * over HTTP, next to the same SQL (the page query and the three counts queries the endpoint issues
 * for one request) run directly with pg on a separate pool, in the same run and interleaved.
 * Targets: endpoint p95 < 50 ms, and endpoint p95 within 1.5× of the direct queries.
 */
/// <reference path="../apps/api/src/modules/identity/fxa.d.ts" />
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { loadConfig } from '../apps/api/src/config.js';
import { type Database, type Db, openPostgres } from '../apps/api/src/db/client.js';
import { migrateDatabase } from '../apps/api/src/db/migrate.js';
import { segmentForIndex, segmentQuery } from '../apps/api/src/lib/text.js';
import {
  type RegistryFilter,
  registryCounts,
  searchRegistry,
} from '../apps/api/src/modules/organizations/organizations.repository.js';
import { type Platform, startPlatform } from '../apps/api/src/platform.js';

const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const ORGS = Number(process.env.BENCH_ORGS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;
/** Per query: when the targets are far off, stop after this long (with at least MIN_RUNS pairs). */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 90_000);
const MIN_RUNS = 30;
const SEED = 20_240_601;
const BATCH = 2_000;
const PAGE = 20; // the endpoint's default limit; it reads one more row to know whether there is a next page
const TARGET_P95_MS = 50;
const TARGET_RATIO = 1.5;

// ——— deterministic data ———

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const int = (n: number) => Math.floor(random() * n);
const chance = (p: number) => random() < p;
const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
function weighted<T>(items: readonly (readonly [T, number])[]): T {
  let r = random() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) {
    r -= w;
    if (r < 0) return item;
  }
  return items[items.length - 1]?.[0] as T;
}
function uuid(): string {
  const hex = Array.from({ length: 32 }, () => int(16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + int(4)).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A technology area: three parallel phrases per language (same index = same meaning), a name part, a product. */
type Area = {
  ru: string[];
  zh: string[];
  en: string[];
  name: { ru: string; zh: string; en: string };
  product: { ru: string; zh: string; en: string };
};

const AREAS: Area[] = [
  {
    ru: ['литий-ионные аккумуляторы', 'системы накопления энергии', 'твердотельных аккумуляторов'],
    zh: ['锂电池', '储能系统', '动力电池'],
    en: ['lithium-ion batteries', 'energy storage systems', 'solid-state batteries'],
    name: { ru: 'Аккумуляторные системы', zh: '电池', en: 'Battery Systems' },
    product: {
      ru: 'аккумуляторные модули для электробусов',
      zh: '电动客车动力电池模组',
      en: 'battery modules for electric buses',
    },
  },
  {
    ru: ['промышленные роботы', 'сервисных роботов', 'робототехнические комплексы'],
    zh: ['工业机器人', '服务机器人', '协作机器人'],
    en: ['industrial robots', 'service robots', 'collaborative robotics'],
    name: { ru: 'Робототехника', zh: '机器人', en: 'Robotics' },
    product: { ru: 'роботы-манипуляторы для сварки', zh: '焊接机器人', en: 'welding robot arms' },
  },
  {
    ru: ['переработка отходов', 'переработку аккумуляторов', 'вторичное сырьё'],
    zh: ['废物回收', '电池回收', '资源再生利用'],
    en: ['waste recycling', 'battery recycling', 'secondary raw materials'],
    name: { ru: 'Экопереработка', zh: '再生资源', en: 'Recycling' },
    product: { ru: 'линии сортировки пластика', zh: '塑料回收分拣线', en: 'plastic sorting lines' },
  },
  {
    ru: ['датчики давления', 'интеллектуальные сенсоры', 'датчиков вибрации'],
    zh: ['压力传感器', '智能传感器', '振动传感器'],
    en: ['pressure sensors', 'smart sensors', 'vibration sensors'],
    name: { ru: 'Сенсорные технологии', zh: '传感', en: 'Sensors' },
    product: {
      ru: 'беспроводные датчики для мониторинга трубопроводов',
      zh: '管道监测无线传感器',
      en: 'wireless sensors for pipeline monitoring',
    },
  },
  {
    ru: ['медицинские изделия', 'медицинского оборудования', 'диагностические системы'],
    zh: ['医疗器械', '医学影像设备', '体外诊断'],
    en: ['medical devices', 'medical imaging equipment', 'in-vitro diagnostics'],
    name: { ru: 'Медтехника', zh: '医疗', en: 'Medical' },
    product: { ru: 'портативные аппараты УЗИ', zh: '便携式超声设备', en: 'portable ultrasound scanners' },
  },
  {
    ru: ['искусственный интеллект', 'машинное обучение', 'компьютерного зрения'],
    zh: ['人工智能', '机器学习', '计算机视觉'],
    en: ['artificial intelligence', 'machine learning', 'computer vision'],
    name: { ru: 'Интеллектуальные системы', zh: '智能', en: 'AI' },
    product: {
      ru: 'платформа компьютерного зрения для контроля качества',
      zh: '质量检测视觉平台',
      en: 'computer vision platform for quality control',
    },
  },
  {
    ru: ['агротехнологии', 'точное земледелие', 'вертикальные фермы'],
    zh: ['农业科技', '智慧农业', '垂直农场'],
    en: ['agritech', 'precision farming', 'vertical farms'],
    name: { ru: 'Агротех', zh: '农业科技', en: 'Agritech' },
    product: { ru: 'системы капельного орошения', zh: '滴灌系统', en: 'drip irrigation systems' },
  },
  {
    ru: ['новые материалы', 'композитные материалы', 'графен'],
    zh: ['新材料', '复合材料', '石墨烯'],
    en: ['advanced materials', 'composite materials', 'graphene'],
    name: { ru: 'Композит', zh: '新材料', en: 'Materials' },
    product: { ru: 'углепластиковые панели', zh: '碳纤维面板', en: 'carbon fibre panels' },
  },
  {
    ru: ['беспилотные летательные аппараты', 'беспилотников', 'дроны-доставщики'],
    zh: ['无人机', '无人驾驶', '物流无人机'],
    en: ['unmanned aerial vehicles', 'drones', 'delivery drones'],
    name: { ru: 'Беспилотные системы', zh: '无人机', en: 'Drones' },
    product: { ru: 'грузовые дроны', zh: '货运无人机', en: 'cargo drones' },
  },
  {
    ru: ['микроэлектроника', 'полупроводниковые приборы', 'силовой электроники'],
    zh: ['半导体', '芯片设计', '集成电路'],
    en: ['microelectronics', 'semiconductor devices', 'power electronics'],
    name: { ru: 'Микроэлектроника', zh: '芯片', en: 'Semiconductors' },
    product: { ru: 'силовые транзисторы', zh: '功率半导体器件', en: 'power transistors' },
  },
  {
    ru: ['биотехнологии', 'биофармацевтика', 'генной инженерии'],
    zh: ['生物技术', '生物医药', '基因工程'],
    en: ['biotechnology', 'biopharmaceuticals', 'genetic engineering'],
    name: { ru: 'Биотех', zh: '生物', en: 'Biotech' },
    product: { ru: 'ферментные препараты', zh: '酶制剂', en: 'enzyme preparations' },
  },
  {
    ru: ['водородная энергетика', 'солнечные панели', 'ветроэнергетика'],
    zh: ['氢能', '光伏', '风电'],
    en: ['hydrogen energy', 'solar panels', 'wind power'],
    name: { ru: 'Энергия', zh: '新能源', en: 'Energy' },
    product: { ru: 'электролизёры', zh: '电解槽', en: 'electrolysers' },
  },
];

const MARKETS = [
  { ru: 'промышленности', zh: '制造业', en: 'manufacturing' },
  { ru: 'энергетики', zh: '能源行业', en: 'the energy sector' },
  { ru: 'транспорта', zh: '交通运输', en: 'transport' },
  { ru: 'городского хозяйства', zh: '智慧城市', en: 'smart cities' },
  { ru: 'здравоохранения', zh: '医疗健康', en: 'healthcare' },
  { ru: 'логистики', zh: '物流', en: 'logistics' },
  { ru: 'сельского хозяйства', zh: '农业', en: 'agriculture' },
  { ru: 'нефтегазовой отрасли', zh: '石油天然气', en: 'oil and gas' },
];

const EXTRAS = [
  {
    ru: 'Ведём совместные проекты с партнёрами из Китая.',
    zh: '与俄罗斯合作伙伴开展技术合作。',
    en: 'We run joint projects with partners in China and Russia.',
  },
  {
    ru: 'Имеем собственную испытательную лабораторию.',
    zh: '拥有国家级研发中心。',
    en: 'We operate our own test laboratory.',
  },
  {
    ru: 'Продукция поставляется в двадцать стран.',
    zh: '产品出口至二十多个国家。',
    en: 'Our products are exported to more than twenty countries.',
  },
  {
    ru: 'Сотрудничаем с ведущими университетами.',
    zh: '与多所高校建立联合实验室。',
    en: 'We work with leading universities on joint research.',
  },
  {
    ru: 'Открыты к пилотным внедрениям и технологическому партнёрству.',
    zh: '欢迎合作伙伴开展试点项目。',
    en: 'Open to pilot projects and technology partnerships.',
  },
];

type City = { en: string; ru: string; zh: string };
const CITIES: Record<'RU' | 'CN' | 'OTHER', (readonly [City, number])[]> = {
  RU: [
    [{ en: 'Moscow', ru: 'Москве', zh: '莫斯科' }, 50],
    [{ en: 'Moscow · Zelenograd', ru: 'Зеленограде', zh: '泽列诺格勒' }, 6],
    [{ en: 'Saint Petersburg', ru: 'Санкт-Петербурге', zh: '圣彼得堡' }, 10],
    [{ en: 'Novosibirsk', ru: 'Новосибирске', zh: '新西伯利亚' }, 6],
    [{ en: 'Kazan', ru: 'Казани', zh: '喀山' }, 6],
    [{ en: 'Yekaterinburg', ru: 'Екатеринбурге', zh: '叶卡捷琳堡' }, 5],
    [{ en: 'Tomsk', ru: 'Томске', zh: '托木斯克' }, 4],
    [{ en: 'Innopolis', ru: 'Иннополисе', zh: '因诺波利斯' }, 3],
    [{ en: 'Nizhny Novgorod', ru: 'Нижнем Новгороде', zh: '下诺夫哥罗德' }, 4],
  ],
  CN: [
    [{ en: 'Beijing · Haidian', ru: 'Пекине', zh: '北京' }, 45],
    [{ en: 'Shanghai', ru: 'Шанхае', zh: '上海' }, 12],
    [{ en: 'Shenzhen', ru: 'Шэньчжэне', zh: '深圳' }, 12],
    [{ en: 'Hangzhou', ru: 'Ханчжоу', zh: '杭州' }, 7],
    [{ en: 'Suzhou', ru: 'Сучжоу', zh: '苏州' }, 5],
    [{ en: 'Wuhan', ru: 'Ухане', zh: '武汉' }, 5],
    [{ en: 'Chengdu', ru: 'Чэнду', zh: '成都' }, 5],
    [{ en: 'Hefei', ru: 'Хэфэе', zh: '合肥' }, 4],
  ],
  OTHER: [
    [{ en: 'Almaty', ru: 'Алматы', zh: '阿拉木图' }, 5],
    [{ en: 'Minsk', ru: 'Минске', zh: '明斯克' }, 5],
    [{ en: 'Tashkent', ru: 'Ташкенте', zh: '塔什干' }, 4],
    [{ en: 'Berlin', ru: 'Берлине', zh: '柏林' }, 3],
    [{ en: 'Singapore', ru: 'Сингапуре', zh: '新加坡' }, 3],
    [{ en: 'Dubai', ru: 'Дубае', zh: '迪拜' }, 3],
    [{ en: 'Helsinki', ru: 'Хельсинки', zh: '赫尔辛基' }, 2],
    [{ en: 'Yerevan', ru: 'Ереване', zh: '埃里温' }, 2],
  ],
};

/** Name roots per jurisdiction: the native form and its Latin spelling. */
const ROOTS: Record<'RU' | 'CN' | 'OTHER', [string, string][]> = {
  RU: [
    ['Вектор', 'Vector'],
    ['Полюс', 'Polyus'],
    ['Орбита', 'Orbita'],
    ['Кварц', 'Kvarts'],
    ['Север', 'Sever'],
    ['Прогресс', 'Progress'],
    ['Техноком', 'Technocom'],
    ['Сибирь', 'Sibir'],
    ['Волга', 'Volga'],
    ['Нева', 'Neva'],
    ['Урал', 'Ural'],
    ['Гранит', 'Granit'],
    ['Спектр', 'Spektr'],
    ['Импульс', 'Impuls'],
    ['Меридиан', 'Meridian'],
    ['Зенит', 'Zenit'],
  ],
  CN: [
    ['中科', 'Zhongke'],
    ['华创', 'Huachuang'],
    ['智源', 'Zhiyuan'],
    ['天工', 'Tiangong'],
    ['博远', 'Boyuan'],
    ['联创', 'Lianchuang'],
    ['海纳', 'Haina'],
    ['启明', 'Qiming'],
    ['鼎新', 'Dingxin'],
    ['星河', 'Xinghe'],
    ['盛华', 'Shenghua'],
    ['腾达', 'Tengda'],
    ['恒通', 'Hengtong'],
    ['清研', 'Qingyan'],
    ['中关村', 'Zhongguancun'],
    ['未来', 'Weilai'],
  ],
  OTHER: [
    ['Nordic', 'Nordic'],
    ['Atlas', 'Atlas'],
    ['Helix', 'Helix'],
    ['Quantum', 'Quantum'],
    ['Aurora', 'Aurora'],
    ['Silk Road', 'Silk Road'],
    ['Vertex', 'Vertex'],
    ['Polaris', 'Polaris'],
    ['Summit', 'Summit'],
    ['Cobalt', 'Cobalt'],
  ],
};

const TYPES = [
  ['company', 35],
  ['startup', 25],
  ['research_institute', 10],
  ['university', 7],
  ['corporation', 8],
  ['investor', 5],
  ['development_institution', 4],
  ['government_body', 6],
] as const;
type OrgType = (typeof TYPES)[number][0];

const NAME_FORMS: Record<OrgType, { ru: (root: string, area: string) => string; zh: string; en: string }> = {
  company: { ru: (r, a) => `ООО «${r} ${a}»`, zh: '科技有限公司', en: 'Ltd' },
  startup: { ru: (r, a) => `ООО «${r} ${a} Лаб»`, zh: '科技有限公司', en: 'Labs' },
  research_institute: { ru: (r, a) => `НИИ «${r}: ${a}»`, zh: '研究院', en: 'Research Institute' },
  university: { ru: (r) => `Технический университет «${r}»`, zh: '大学', en: 'University of Technology' },
  corporation: { ru: (r, a) => `АО «${r} ${a}»`, zh: '集团股份有限公司', en: 'Group' },
  investor: { ru: (r) => `Венчурный фонд «${r}»`, zh: '创业投资有限公司', en: 'Ventures' },
  development_institution: { ru: (r) => `Фонд развития «${r}»`, zh: '产业发展基金', en: 'Development Fund' },
  government_body: { ru: (r) => `Агентство инноваций «${r}»`, zh: '科技创新促进中心', en: 'Innovation Agency' },
};

type Texts = { ru?: string; zh?: string; en?: string };
type Org = {
  id: string;
  type: OrgType;
  jurisdiction: 'RU' | 'CN' | 'OTHER';
  city: string;
  legalIdKind: string;
  legalId: string;
  status: string;
  statusSince: string | null;
  name: Texts;
  shortDescription: Texts;
  description: Texts;
  products: Texts;
  website: string | null;
  searchZh: string;
  createdAt: string;
};

const DAY = 86_400_000;
const EPOCH = Date.UTC(2014, 0, 1);
const SPAN_DAYS = 11 * 365;

function generateOrganization(i: number): Org {
  const jurisdiction = weighted([
    ['RU', 40],
    ['CN', 40],
    ['OTHER', 20],
  ] as const);
  const langs = {
    ru: jurisdiction === 'RU' || (jurisdiction === 'CN' ? chance(0.08) : chance(0.15)),
    zh: jurisdiction === 'CN' || (jurisdiction === 'RU' ? chance(0.08) : chance(0.1)),
    en: jurisdiction === 'OTHER' || chance(jurisdiction === 'RU' ? 0.7 : 0.6),
  };
  const type = weighted(TYPES);
  const city = weighted(CITIES[jurisdiction]);
  const [root, latin] = pick(ROOTS[jurisdiction]);
  const areas = [int(AREAS.length)];
  if (chance(0.6)) areas.push(int(AREAS.length));
  if (chance(0.25)) areas.push(int(AREAS.length));
  const chosen = [...new Set(areas)].map((a) => AREAS[a] as Area);
  const main = chosen[0] as Area;
  const phrases = chosen.map((a) => int(a.ru.length));
  const market = pick(MARKETS);
  const extras = [...new Set([int(EXTRAS.length), int(EXTRAS.length)])].map((e) => EXTRAS[e] as (typeof EXTRAS)[0]);
  const year = 1995 + int(30);
  const form = NAME_FORMS[type];
  const tpl = int(3);
  const say = (lang: 'ru' | 'zh' | 'en') => chosen.map((a, k) => a[lang][phrases[k] as number] as string);

  const name: Texts = {};
  const shortDescription: Texts = {};
  const description: Texts = {};
  const products: Texts = {};
  if (langs.ru) {
    const [a, b, c] = say('ru');
    name.ru = form.ru(jurisdiction === 'RU' ? root : latin, main.name.ru);
    shortDescription.ru = [
      `Разрабатываем ${a}${b ? ` и ${b}` : ''} для ${market.ru}.`,
      `${cap(a as string)}: исследования, разработка и внедрение для ${market.ru}.`,
      `Производство и поставка: ${[a, b].filter(Boolean).join(', ')}.`,
    ][tpl];
    description.ru = `Основаны в ${year} году в ${city.ru}. Основные направления — ${[a, b].filter(Boolean).join(', ')}${c ? ` и ${c}` : ''}. ${extras.map((e) => e.ru).join(' ')}`;
    products.ru = chosen.map((a) => a.product.ru).join('; ');
  }
  if (langs.zh) {
    const [a, b, c] = say('zh');
    const prefix = jurisdiction === 'CN' ? `${city.zh}${root}` : `${city.zh}${latin}`;
    name.zh = `${prefix}${type === 'university' || type === 'investor' ? '' : main.name.zh}${form.zh}`;
    shortDescription.zh = [
      `专注于${a}${b ? `与${b}` : ''}的研发，服务于${market.zh}。`,
      `${[a, b].filter(Boolean).join('、')}解决方案提供商。`,
      `面向${market.zh}的${a}产品。`,
    ][tpl];
    description.zh = `公司成立于${year}年，总部位于${city.zh}。主要业务包括${[a, b].filter(Boolean).join('、')}${c ? `和${c}` : ''}。${extras.map((e) => e.zh).join('')}`;
    products.zh = chosen.map((a) => a.product.zh).join('、');
  }
  if (langs.en) {
    const [a, b, c] = say('en');
    name.en =
      type === 'university' || type === 'investor' || type === 'development_institution'
        ? `${latin} ${form.en}`
        : `${latin} ${main.name.en} ${form.en}`;
    shortDescription.en = [
      `Develops ${a}${b ? ` and ${b}` : ''} for ${market.en}.`,
      `${cap(a as string)} for ${market.en}: research, engineering and deployment.`,
      `Design and production of ${[a, b].filter(Boolean).join(', ')}.`,
    ][tpl];
    description.en = `Founded in ${year} in ${city.en}. Our main areas are ${[a, b].filter(Boolean).join(', ')}${c ? ` and ${c}` : ''}. ${extras.map((e) => e.en).join(' ')}`;
    products.en = chosen.map((a) => a.product.en).join('; ');
  }

  const status = weighted([
    ['participant', 55],
    ['partner', 30],
    ['none', 8],
    ['applicant', 4],
    ['suspended', 2],
    ['excluded', 1],
  ] as const);
  const created = EPOCH + int(SPAN_DAYS) * DAY + int(DAY);
  const since = status === 'none' ? null : Math.min(created + (30 + int(700)) * DAY, EPOCH + SPAN_DAYS * DAY);
  const serial = String(i).padStart(8, '0');
  const legal = {
    RU: ['inn', `77${serial}`],
    CN: ['uscc', `91110108${serial}XY`],
    OTHER: ['other', `X-${serial}`],
  }[jurisdiction];
  return {
    id: uuid(),
    type,
    jurisdiction,
    city: city.en,
    legalIdKind: legal[0] as string,
    legalId: legal[1] as string,
    status,
    statusSince: since === null ? null : new Date(since).toISOString(),
    name,
    shortDescription,
    description,
    products,
    website: chance(0.7) ? `https://${latin.toLowerCase().replace(/\s+/g, '-')}-${serial}.example` : null,
    searchZh: segmentForIndex(
      [name, shortDescription, description, products].map((t) => t.zh ?? '').join('\n'), // as chineseSearchText
    ),
    createdAt: new Date(created).toISOString(),
  };
}

const INSERT = `
  INSERT INTO organizations (id, type, jurisdiction, city, legal_id_kind, legal_id, status, status_since, name,
    short_description, description, products, website, search_zh, created_at, updated_at)
  SELECT id, type, jurisdiction, city, legal_id_kind, legal_id, status, status_since, name::jsonb,
    short_description::jsonb, description::jsonb, products::jsonb, website, search_zh, created_at, created_at
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
    $8::timestamptz[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::timestamptz[])
    AS t(id, type, jurisdiction, city, legal_id_kind, legal_id, status, status_since, name,
      short_description, description, products, website, search_zh, created_at)`;

async function load(database: Database) {
  let generateMs = 0;
  let insertMs = 0;
  for (let start = 0; start < ORGS; start += BATCH) {
    let t = performance.now();
    const rows = Array.from({ length: Math.min(BATCH, ORGS - start) }, (_, k) => generateOrganization(start + k));
    generateMs += performance.now() - t;
    t = performance.now();
    const col = <K extends keyof Org>(k: K) => rows.map((r) => r[k]);
    const json = (k: 'name' | 'shortDescription' | 'description' | 'products') => rows.map((r) => JSON.stringify(r[k]));
    await database.query(INSERT, [
      col('id'),
      col('type'),
      col('jurisdiction'),
      col('city'),
      col('legalIdKind'),
      col('legalId'),
      col('status'),
      col('statusSince'),
      json('name'),
      json('shortDescription'),
      json('description'),
      json('products'),
      col('website'),
      col('searchZh'),
      col('createdAt'),
    ]);
    insertMs += performance.now() - t;
  }
  // A steady state: the GIN index's pending list merged (as autovacuum would), and statistics.
  const t = performance.now();
  await database.query('VACUUM (ANALYZE) organizations');
  return { generateMs, insertMs, vacuumAnalyzeMs: performance.now() - t };
}

// ——— measurement ———

type Case = { label: string; language: string; params: Record<string, string> };
const CASES: Case[] = [
  { label: 'аккумуляторы', language: 'ru', params: { q: 'аккумуляторы' } },
  { label: 'роботов', language: 'ru', params: { q: 'роботов' } },
  { label: 'переработка отходов', language: 'ru', params: { q: 'переработка отходов' } },
  { label: '电池回收', language: 'zh', params: { q: '电池回收' } },
  { label: '机器人', language: 'zh', params: { q: '机器人' } },
  { label: '传感器', language: 'zh', params: { q: '传感器' } },
  { label: 'battery recycling', language: 'en', params: { q: 'battery recycling' } },
  { label: 'sensors', language: 'en', params: { q: 'sensors' } },
  { label: 'artificial intelligence', language: 'en', params: { q: 'artificial intelligence' } },
  { label: 'robots & jurisdiction=CN', language: 'filter', params: { q: 'robots', jurisdiction: 'CN' } },
  { label: '(no q) & type=startup', language: 'browse', params: { type: 'startup' } },
  { label: '(no q)', language: 'browse', params: {} },
];

/** The filter exactly as public-registry.ts's filterOf builds it. */
function filterOf(params: Record<string, string>): RegistryFilter {
  const text = params.q?.trim();
  return {
    query: text ? { text, segmented: segmentQuery(text) } : undefined,
    jurisdiction: params.jurisdiction,
    type: params.type,
    statuses: params.status ? [params.status] : ['participant', 'partner'],
    city: params.city,
  };
}

/** All the queries the endpoint issues for one request, in the same order. */
async function direct(db: Db, params: Record<string, string>) {
  const filter = filterOf(params);
  const rows = await searchRegistry(db, filter, null, PAGE + 1);
  const counts = await registryCounts(db, filter);
  return { rows: rows.length, total: counts.total };
}

async function endpoint(base: string, params: Record<string, string>) {
  const res = await fetch(`${base}/api/v1/registry?${new URLSearchParams(params)}`);
  const body = await res.text();
  if (res.status !== 200) throw new Error(`GET /api/v1/registry ${res.status}: ${body.slice(0, 300)}`);
  return body;
}

const time = async (work: () => Promise<unknown>) => {
  const t = performance.now();
  await work();
  return performance.now() - t;
};
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}
const ms = (n: number) => Math.round(n * 10) / 10;

type Result = Case & { matches: number; endpoint: number[]; direct: number[] };

async function measure(base: string, db: Db): Promise<Result[]> {
  const results: Result[] = [];
  for (const c of CASES) {
    const viaHttp = JSON.parse(await endpoint(base, c.params)) as { total: number; items: unknown[] };
    const viaSql = await direct(db, c.params);
    if (viaHttp.total !== viaSql.total || viaHttp.items.length !== Math.min(PAGE, viaSql.rows))
      console.warn(`! ${c.label}: endpoint total ${viaHttp.total}, direct total ${viaSql.total}`);
    for (let i = 0; i < WARMUP; i++) {
      await endpoint(base, c.params);
      await direct(db, c.params);
    }
    const r: Result = { ...c, matches: viaSql.total, endpoint: [], direct: [] };
    // Interleaved, alternating which goes first, so that drift and caching affect both alike.
    const began = performance.now();
    for (let i = 0; i < RUNS; i++) {
      if (i >= MIN_RUNS && performance.now() - began > BUDGET_MS) break;
      const e = () => time(() => endpoint(base, c.params)).then((t) => r.endpoint.push(t));
      const d = () => time(() => direct(db, c.params)).then((t) => r.direct.push(t));
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

/** EXPLAIN ANALYZE of each statement the endpoint runs for one case, and each one's median time. */
async function explain(url: string, c: Case) {
  const captured: { query: string; params: unknown[] }[] = [];
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const logged = drizzle(pool, {
      logger: { logQuery: (query: string, params: unknown[]) => captured.push({ query, params }) },
    }) as unknown as Db;
    await direct(logged, c.params);
    for (const [k, s] of captured.entries()) {
      const times: number[] = [];
      for (let i = 0; i < 50; i++) times.push(await time(() => pool.query(s.query, s.params)));
      const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.query}`, s.params);
      console.log(`\n-- statement ${k + 1} of ${captured.length}, p50 ${ms(percentile(times, 0.5))} ms`);
      console.log(s.query);
      console.log(`-- params: ${JSON.stringify(s.params)}`);
      for (const row of plan.rows) console.log(row['QUERY PLAN']);
    }
  } finally {
    await pool.end();
  }
}

// ——— the run ———

const admin = new pg.Client({ connectionString: PG_URL });
try {
  await admin.connect();
} catch (error) {
  console.error(`PostgreSQL not reachable at ${PG_URL} (set BENCH_DATABASE_URL): ${(error as Error).message}`);
  process.exit(1);
}
const dbName = `innobridge_bench_registry_${Date.now()}`;
const dbUrl = new URL(PG_URL);
dbUrl.pathname = `/${dbName}`;
const url = dbUrl.toString();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'innobridge-bench-registry-'));
let platform: Platform | undefined;
let database: Database | undefined;

let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  await platform?.stop().catch(() => {});
  await database?.close().catch(() => {});
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch((e: Error) => console.error(e.message));
  await admin.end().catch(() => {});
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.once('SIGINT', () => {
  cleanup().finally(() => process.exit(130));
});

try {
  await admin.query(`CREATE DATABASE ${dbName}`);
  database = await openPostgres(url);
  await migrateDatabase(database);

  console.log(`Generating and loading ${ORGS.toLocaleString('en')} organisations (seed ${SEED})…`);
  const started = performance.now();
  const loadTimes = await load(database);
  const loadMs = performance.now() - started;
  const [stats] = (
    await database.query(
      `SELECT pg_size_pretty(pg_total_relation_size('organizations')) AS size,
        pg_size_pretty(pg_relation_size('organizations_search_idx')) AS gin,
        count(*) FILTER (WHERE name ? 'ru') AS ru, count(*) FILTER (WHERE name ? 'zh') AS zh,
        count(*) FILTER (WHERE name ? 'en') AS en FROM organizations`,
    )
  ).rows;
  console.log(
    `Loaded in ${(loadMs / 1000).toFixed(1)} s (generate + segment ${(loadTimes.generateMs / 1000).toFixed(1)} s, ` +
      `insert ${(loadTimes.insertMs / 1000).toFixed(1)} s, vacuum + analyze ${(loadTimes.vacuumAnalyzeMs / 1000).toFixed(1)} s); ` +
      `table ${stats?.size} (search index ${stats?.gin}); with ru ${stats?.ru}, zh ${stats?.zh}, en ${stats?.en}`,
  );

  platform = await startPlatform(
    loadConfig({ DATABASE_URL: url, PORT: '0', DEMO_DATA: 'false', LOG_LEVEL: 'silent', DATA_DIR: dataDir }),
  );
  const base = platform.url.replace('//localhost:', '//127.0.0.1:');

  console.log(
    `Measuring ${CASES.length} queries, ${WARMUP} warm-up + ${RUNS} requests each (at most ${BUDGET_MS / 1000} s per query), endpoint vs direct SQL…`,
  );
  const results = await measure(base, database.db);

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
      'p95 ratio': Math.round((e95 / d95) * 100) / 100,
      target: e95 < TARGET_P95_MS && e95 <= TARGET_RATIO * d95 ? 'met' : 'MISSED',
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
      'p95 ratio': Math.round((percentile(e, 0.95) / percentile(d, 0.95)) * 100) / 100,
      target: '',
    };
  });
  console.log('\nTimes in ms; direct = the same page + counts SQL on a separate pg pool.');
  console.table([...rows, ...summary]);

  const overall = summary[summary.length - 1] as (typeof summary)[0];
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const slowP95 = rows.filter((r) => r['endpoint p95'] >= TARGET_P95_MS).map((r) => r.query);
  const slowRatio = rows.filter((r) => r['p95 ratio'] > TARGET_RATIO).map((r) => r.query);
  console.log(
    `Endpoint p95 < ${TARGET_P95_MS} ms: overall ${overall['endpoint p95']} ms, ${verdict(overall['endpoint p95'] < TARGET_P95_MS)}` +
      (slowP95.length ? `; missed by ${slowP95.join(', ')}` : '; met by every query'),
  );
  console.log(
    `Endpoint p95 within ${TARGET_RATIO}× of direct: overall ${overall['p95 ratio']}×, ${verdict(overall['p95 ratio'] <= TARGET_RATIO)}` +
      (slowRatio.length ? `; missed by ${slowRatio.join(', ')}` : '; met by every query'),
  );

  if (slowP95.length || slowRatio.length || process.env.BENCH_EXPLAIN === '1') {
    const slowest = results.reduce((a, b) => (percentile(b.endpoint, 0.95) > percentile(a.endpoint, 0.95) ? b : a));
    console.log(`\nEXPLAIN ANALYZE of the slowest query, ${slowest.label}:`);
    await explain(url, slowest);
  }
} finally {
  await cleanup();
}
