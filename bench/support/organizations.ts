/**
 * Generated organisations, as the registry benchmark uses them and the search benchmark references
 * them: about 40% Russian, 40% Chinese, 20% other, most with English too, in twelve technology areas.
 */
import { placeByName } from '@innobridge/contracts';
import type { Database } from '../../apps/api/src/db/client.js';
import { segmentForIndex } from '../../apps/api/src/lib/text.js';
import { cap, type Random } from './random.js';

/** A technology area: three parallel phrases per language (same index = same meaning), a name part, a product. */
export type Area = {
  ru: string[];
  zh: string[];
  en: string[];
  name: { ru: string; zh: string; en: string };
  product: { ru: string; zh: string; en: string };
};

export const AREAS: Area[] = [
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

export const MARKETS = [
  { ru: 'промышленности', zh: '制造业', en: 'manufacturing' },
  { ru: 'энергетики', zh: '能源行业', en: 'the energy sector' },
  { ru: 'транспорта', zh: '交通运输', en: 'transport' },
  { ru: 'городского хозяйства', zh: '智慧城市', en: 'smart cities' },
  { ru: 'здравоохранения', zh: '医疗健康', en: 'healthcare' },
  { ru: 'логистики', zh: '物流', en: 'logistics' },
  { ru: 'сельского хозяйства', zh: '农业', en: 'agriculture' },
  { ru: 'нефтегазовой отрасли', zh: '石油天然气', en: 'oil and gas' },
];

export const EXTRAS = [
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

export type City = { en: string; ru: string; zh: string };
export const CITIES: Record<'RU' | 'CN' | 'OTHER', (readonly [City, number])[]> = {
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

export type Texts = { ru?: string; zh?: string; en?: string };
export type Org = {
  id: string;
  type: OrgType;
  jurisdiction: 'RU' | 'CN' | 'OTHER';
  /** A code of the reference list of cities and regions, or 'other' with `city`. */
  place: string;
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

export const DAY = 86_400_000;
const EPOCH = Date.UTC(2014, 0, 1);
const SPAN_DAYS = 11 * 365;

export function generateOrganization(r: Random, i: number): Org {
  const { int, chance, pick, weighted, uuid } = r;
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
    place: placeByName(city.en) ?? 'other',
    city: placeByName(city.en) ? '' : city.en,
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
  INSERT INTO organizations (id, type, jurisdiction, place, city, legal_id_kind, legal_id, status, status_since, name,
    short_description, description, products, website, search_zh, created_at, updated_at)
  SELECT id, type, jurisdiction, place, city, legal_id_kind, legal_id, status, status_since, name::jsonb,
    short_description::jsonb, description::jsonb, products::jsonb, website, search_zh, created_at, created_at
  FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
    $8::timestamptz[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::timestamptz[],
    $16::text[])
    AS t(id, type, jurisdiction, city, legal_id_kind, legal_id, status, status_since, name,
      short_description, description, products, website, search_zh, created_at, place)`;

/** Inserts generated organisations straight into the table, in one statement. */
export async function insertOrganizations(database: Database, rows: Org[]): Promise<void> {
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
    col('place'),
  ]);
}
