import type { Locale } from '../common/enums.js';

/**
 * The cities and regions an organisation picks from, with their names in every language. A code is
 * stable once published (organisations and filters keep it): never rename or reuse one. A district
 * names its city as `parent`, so that a filter by the city finds the district's organisations too.
 * Anything not listed is "other", with the organisation's own text.
 */
export type Place = {
  code: string;
  country: 'RU' | 'CN';
  parent?: string;
  name: Record<Locale, string>;
  /** Other spellings people type, in any language (matched without regard to case). */
  aliases?: string[];
};

export const OTHER_PLACE = 'other';

export const PLACES: readonly Place[] = [
  {
    code: 'RU-MOW',
    country: 'RU',
    name: { ru: 'Москва', zh: '莫斯科', en: 'Moscow' },
    aliases: ['Moskva', 'г. Москва'],
  },
  {
    code: 'RU-MOW-ZEL',
    country: 'RU',
    parent: 'RU-MOW',
    name: { ru: 'Зеленоград', zh: '泽列诺格勒', en: 'Zelenograd' },
  },
  {
    code: 'RU-MOW-SKO',
    country: 'RU',
    parent: 'RU-MOW',
    name: { ru: 'Сколково', zh: '斯科尔科沃', en: 'Skolkovo' },
  },
  {
    code: 'RU-MOS',
    country: 'RU',
    name: { ru: 'Московская область', zh: '莫斯科州', en: 'Moscow Region' },
    aliases: ['Подмосковье', 'Moscow Oblast'],
  },
  {
    code: 'RU-SPE',
    country: 'RU',
    name: { ru: 'Санкт-Петербург', zh: '圣彼得堡', en: 'St Petersburg' },
    aliases: ['Saint Petersburg', 'St. Petersburg', 'Петербург', 'СПб'],
  },
  { code: 'RU-KZN', country: 'RU', name: { ru: 'Казань', zh: '喀山', en: 'Kazan' } },
  { code: 'RU-INN', country: 'RU', name: { ru: 'Иннополис', zh: '因诺波利斯', en: 'Innopolis' } },
  { code: 'RU-NVS', country: 'RU', name: { ru: 'Новосибирск', zh: '新西伯利亚', en: 'Novosibirsk' } },
  {
    code: 'RU-EKB',
    country: 'RU',
    name: { ru: 'Екатеринбург', zh: '叶卡捷琳堡', en: 'Yekaterinburg' },
    aliases: ['Ekaterinburg'],
  },
  { code: 'RU-NNV', country: 'RU', name: { ru: 'Нижний Новгород', zh: '下诺夫哥罗德', en: 'Nizhny Novgorod' } },
  { code: 'RU-TOM', country: 'RU', name: { ru: 'Томск', zh: '托木斯克', en: 'Tomsk' } },
  { code: 'RU-SAM', country: 'RU', name: { ru: 'Самара', zh: '萨马拉', en: 'Samara' } },
  { code: 'RU-KRR', country: 'RU', name: { ru: 'Краснодар', zh: '克拉斯诺达尔', en: 'Krasnodar' } },
  {
    code: 'RU-VVO',
    country: 'RU',
    name: { ru: 'Владивосток', zh: '符拉迪沃斯托克', en: 'Vladivostok' },
    aliases: ['海参崴'],
  },
  { code: 'RU-KHV', country: 'RU', name: { ru: 'Хабаровск', zh: '哈巴罗夫斯克', en: 'Khabarovsk' } },
  { code: 'CN-BJ', country: 'CN', name: { ru: 'Пекин', zh: '北京', en: 'Beijing' }, aliases: ['北京市', 'Peking'] },
  {
    code: 'CN-BJ-HD',
    country: 'CN',
    parent: 'CN-BJ',
    name: { ru: 'Пекин, район Хайдянь', zh: '北京市海淀区', en: 'Beijing, Haidian District' },
    aliases: ['Haidian', 'Хайдянь', '海淀', '海淀区'],
  },
  {
    code: 'CN-BJ-ZGC',
    country: 'CN',
    parent: 'CN-BJ',
    name: { ru: 'Пекин, Чжунгуаньцунь', zh: '北京中关村', en: 'Beijing, Zhongguancun' },
    aliases: ['Zhongguancun', 'Чжунгуаньцунь', '中关村'],
  },
  {
    code: 'CN-BJ-CP',
    country: 'CN',
    parent: 'CN-BJ',
    name: { ru: 'Пекин, район Чанпин', zh: '北京市昌平区', en: 'Beijing, Changping District' },
    aliases: ['Changping', 'Чанпин', '昌平', '昌平区'],
  },
  { code: 'CN-SH', country: 'CN', name: { ru: 'Шанхай', zh: '上海', en: 'Shanghai' }, aliases: ['上海市'] },
  {
    code: 'CN-SH-PD',
    country: 'CN',
    parent: 'CN-SH',
    name: { ru: 'Шанхай, Пудун', zh: '上海浦东新区', en: 'Shanghai, Pudong' },
    aliases: ['Pudong', 'Пудун', '浦东', '浦东新区'],
  },
  { code: 'CN-SZ', country: 'CN', name: { ru: 'Шэньчжэнь', zh: '深圳', en: 'Shenzhen' }, aliases: ['深圳市'] },
  { code: 'CN-GZ', country: 'CN', name: { ru: 'Гуанчжоу', zh: '广州', en: 'Guangzhou' }, aliases: ['广州市'] },
  { code: 'CN-HZ', country: 'CN', name: { ru: 'Ханчжоу', zh: '杭州', en: 'Hangzhou' }, aliases: ['杭州市'] },
  { code: 'CN-TJ', country: 'CN', name: { ru: 'Тяньцзинь', zh: '天津', en: 'Tianjin' }, aliases: ['天津市'] },
  { code: 'CN-HK', country: 'CN', name: { ru: 'Гонконг', zh: '香港', en: 'Hong Kong' }, aliases: ['Сянган'] },
  { code: 'CN-SUZ', country: 'CN', name: { ru: 'Сучжоу', zh: '苏州', en: 'Suzhou' }, aliases: ['苏州市'] },
  { code: 'CN-NJ', country: 'CN', name: { ru: 'Нанкин', zh: '南京', en: 'Nanjing' }, aliases: ['南京市'] },
  { code: 'CN-HF', country: 'CN', name: { ru: 'Хэфэй', zh: '合肥', en: 'Hefei' }, aliases: ['合肥市'] },
  { code: 'CN-WH', country: 'CN', name: { ru: 'Ухань', zh: '武汉', en: 'Wuhan' }, aliases: ['武汉市'] },
  { code: 'CN-CD', country: 'CN', name: { ru: 'Чэнду', zh: '成都', en: 'Chengdu' }, aliases: ['成都市'] },
  { code: 'CN-XA', country: 'CN', name: { ru: 'Сиань', zh: '西安', en: "Xi'an" }, aliases: ['西安市', 'Xian'] },
  { code: 'CN-CQ', country: 'CN', name: { ru: 'Чунцин', zh: '重庆', en: 'Chongqing' }, aliases: ['重庆市'] },
  { code: 'CN-HRB', country: 'CN', name: { ru: 'Харбин', zh: '哈尔滨', en: 'Harbin' }, aliases: ['哈尔滨市'] },
  { code: 'CN-SY', country: 'CN', name: { ru: 'Шэньян', zh: '沈阳', en: 'Shenyang' }, aliases: ['沈阳市'] },
];

const byCode = new Map(PLACES.map((p) => [p.code, p]));

/** Every code an organisation may hold: the listed places and "other". */
export const PLACE_CODES: readonly string[] = [...PLACES.map((p) => p.code), OTHER_PLACE];

export const placeOf = (code: string): Place | undefined => byCode.get(code);

export const isPlaceCode = (code: string) => code === OTHER_PLACE || byCode.has(code);

/** The text compared: trimmed, lower-case, with "ё" as "е" and runs of spaces as one. */
export const placeKey = (text: string) => text.trim().toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ');

/** Every name and alias of every place, as compared, with its code. */
export const PLACE_NAMES: readonly (readonly [string, string])[] = PLACES.flatMap((p) =>
  [...Object.values(p.name), ...(p.aliases ?? [])].map((n) => [placeKey(n), p.code] as const),
);
const codeByName = new Map(PLACE_NAMES);

/**
 * The place a text names, in any language, or undefined. "Beijing · Haidian" or "Москва, Зеленоград"
 * name the most precise place they mention: the text whole, then its parts from the last.
 */
export function placeByName(text: string): string | undefined {
  const whole = codeByName.get(placeKey(text));
  if (whole) return whole;
  const parts = text
    .split(/[·,/|]/)
    .map(placeKey)
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  for (const part of parts.reverse()) {
    const code = codeByName.get(part);
    if (code) return code;
  }
  return undefined;
}

/** The place and the codes under it (its districts): what a filter by it finds. */
export const placeWithin = (code: string): string[] => [
  code,
  ...PLACES.filter((p) => p.parent === code).map((p) => p.code),
];

/** The place's name in a language; "other" is the organisation's own text. */
export const placeName = (code: string, city: string, locale: Locale): string => placeOf(code)?.name[locale] ?? city;

/** Every name of the place in every language with the organisation's own text: for rules that match words. */
export const placeWords = (code: string, city: string): string => {
  const place = placeOf(code);
  const parent = place?.parent ? placeOf(place.parent) : undefined;
  return [place, parent]
    .flatMap((p) => (p ? [...Object.values(p.name), ...(p.aliases ?? [])] : []))
    .concat(city)
    .filter(Boolean)
    .join(' · ');
};
