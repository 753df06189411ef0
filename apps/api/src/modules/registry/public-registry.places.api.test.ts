import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { MIGRATIONS_DIR } from '../../db/migrate.js';

let t: TestApp;
let f: Factories;
const ids: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  // The registry the filters below read: made once, changed by none.
  const operatorRu = await f.operator('RU', { signedIn: false });
  const operatorCn = await f.operator('CN', { signedIn: false });
  const inRegistry = async (key: string, options: Parameters<Factories['organizationWithStatus']>[0]) => {
    const made = await f.organizationWithStatus({
      operator: options?.jurisdiction === 'CN' ? operatorCn : operatorRu,
      ...options,
    });
    ids[key] = made.organizationId;
    return made;
  };
  const beijing = await inRegistry('beijing', {
    jurisdiction: 'CN',
    place: 'CN-BJ',
    areas: ['energy.batteries'],
    name: { zh: '北京电池' },
  });
  await inRegistry('haidian', {
    jurisdiction: 'CN',
    place: 'CN-BJ-HD',
    areas: ['medtech.imaging'],
    name: { zh: '海淀影像' },
  });
  await inRegistry('shenzhen', { jurisdiction: 'CN', city: '深圳', areas: ['energy'], name: { zh: '深圳能源' } });
  await inRegistry('moscow', { place: 'RU-MOW', areas: ['ict.machine-learning'], name: { ru: 'Москва ИИ' } });
  await inRegistry('almaty', { jurisdiction: 'OTHER', place: 'other', city: 'Almaty', name: { en: 'Steppe' } });
  // The opportunities the Beijing card lists: a published one; the draft is its own.
  ids.published = (
    await f.opportunity(beijing.admin, ids.beijing as string, {
      state: 'published',
      operator: operatorCn,
      body: { title: { zh: '电池回收合作', en: 'Battery recycling partner' }, areas: ['energy.battery-recycling'] },
    })
  ).id;
  ids.draft = (await f.opportunity(beijing.admin, ids.beijing as string)).id;
  ids.unlisted = (await f.organization(await f.user(), { place: 'CN-BJ' })).id;
});
afterAll(() => t.close());

const search = async (query: string) => (await t.call('GET', `/api/v1/registry?${query}`)).json();
const idsOf = (body: { items: { id: string }[] }) => body.items.map((o) => o.id).sort();
const city = (name: string) => `city=${encodeURIComponent(name)}`;

describe('organisations pick their city or region from the reference list', () => {
  const body = (extra: object) => ({
    type: 'company',
    jurisdiction: 'OTHER',
    legalId: `REG ${Math.random().toString().slice(2, 10)}`,
    name: { en: 'Somewhere Ltd' },
    ...extra,
  });

  it('keeps a listed code, and "other" with its own text', async () => {
    const person = await f.user();
    const listed = await t.call('POST', '/api/v1/organizations', { as: person, body: body({ place: 'CN-SZ' }) });
    expect(listed.statusCode).toBe(201);
    expect(listed.json()).toMatchObject({ place: 'CN-SZ', city: '' });
    const other = await t.call('POST', '/api/v1/organizations', {
      as: person,
      body: body({ place: 'other', city: 'Tashkent' }),
    });
    expect(other.json()).toMatchObject({ place: 'other', city: 'Tashkent' });
  });

  it('gives a typed name of a listed place, in any language, its code', async () => {
    const person = await f.user();
    for (const [typed, code] of [
      ['Пекин', 'CN-BJ'],
      ['北京', 'CN-BJ'],
      [' beijing ', 'CN-BJ'],
      ['Moscow · Zelenograd', 'RU-MOW-ZEL'],
      ['Санкт-Петербург', 'RU-SPE'],
    ]) {
      const res = await t.call('POST', '/api/v1/organizations', { as: person, body: body({ city: typed }) });
      expect(res.json(), typed).toMatchObject({ place: code, city: '' });
    }
  });

  it.each([
    ['en', 'Choose the city or region from the list, or "Other" and type it.'],
    ['ru', 'Выберите город или регион из списка или «Другой» и введите его название.'],
    ['zh', '请从列表中选择城市或地区，或选择“其他”并填写名称。'],
  ])('refuses an unknown code with a stable, localised code and writes nothing (%s)', async (locale, detail) => {
    const person = await f.user();
    const res = await t.call('POST', '/api/v1/organizations', {
      as: person,
      locale,
      body: body({ place: 'XX-NOWHERE', name: { en: `Refused ${locale}` } }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'place_unknown', detail });
    expect(res.json().errors).toEqual([{ path: 'place', code: 'place_unknown', message: detail }]);
    const rows = await t.database.query('select id from organizations where name->>$1 = $2', [
      'en',
      `Refused ${locale}`,
    ]);
    expect(rows.rows).toEqual([]);
  });

  it('asks for the text of "other", and refuses a change to an unknown code', async () => {
    const person = await f.user();
    const res = await t.call('POST', '/api/v1/organizations', { as: person, body: body({ place: 'other' }) });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('city_required');
    const org = await f.organization(person, { place: 'RU-KZN' });
    const patch = await t.call('PATCH', `/api/v1/organizations/${org.id}`, { as: person, body: { place: 'RU-XXX' } });
    expect(patch.json().code).toBe('place_unknown');
    const moved = await t.call('PATCH', `/api/v1/organizations/${org.id}`, { as: person, body: { place: 'RU-INN' } });
    expect(moved.json()).toMatchObject({ place: 'RU-INN', city: '' });
  });

  it('keeps technology areas of the taxonomy only', async () => {
    const person = await f.user();
    const bad = await t.call('POST', '/api/v1/organizations', {
      as: person,
      body: body({ place: 'RU-MOW', areas: ['energy', 'no-such-area'] }),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([expect.objectContaining({ path: 'areas.1', code: 'invalid_option' })]);
    const good = await t.call('POST', '/api/v1/organizations', {
      as: person,
      body: body({ place: 'RU-MOW', areas: ['energy', 'ict.nlp'] }),
    });
    expect(good.json().areas).toEqual(['energy', 'ict.nlp']);
  });
});

describe('GET /api/v1/registry by city or region and by technology area', () => {
  it('finds the same organisations by "Пекин", "北京", "Beijing" and the code, with its districts', async () => {
    const expected = [ids.beijing, ids.haidian].sort();
    expect(idsOf(await search(city('Пекин')))).toEqual(expected);
    expect(idsOf(await search(city('北京')))).toEqual(expected);
    expect(idsOf(await search(city('Beijing')))).toEqual(expected);
    expect(idsOf(await search('city=CN-BJ'))).toEqual(expected);
    expect(idsOf(await search('city=CN-BJ-HD'))).toEqual([ids.haidian]);
    expect(idsOf(await search(city('深圳')))).toEqual([ids.shenzhen]);
  });

  it('finds an "other" city by its text, and every "other" by the code', async () => {
    expect(idsOf(await search(city('almaty')))).toEqual([ids.almaty]);
    expect(idsOf(await search('city=other'))).toEqual([ids.almaty]);
  });

  it('filters by an area and by its domain, and cards carry the areas as codes of the taxonomy', async () => {
    expect(idsOf(await search('area=energy.batteries'))).toEqual([ids.beijing]);
    expect(idsOf(await search('area=energy'))).toEqual([ids.beijing, ids.shenzhen].sort());
    expect(idsOf(await search('area=ict'))).toEqual([ids.moscow]);
    expect(idsOf(await search('area=energy&city=CN-BJ'))).toEqual([ids.beijing]);
    const card = (await search('city=CN-BJ-HD')).items[0];
    expect(card).toMatchObject({ place: 'CN-BJ-HD', city: '', areas: ['medtech.imaging'] });
  });

  it("exports the city in the reader's language", async () => {
    const res = await t.call('GET', '/api/v1/registry/export?format=csv&city=CN-BJ-HD', { locale: 'ru' });
    expect(res.body).toContain('"Пекин, район Хайдянь"');
  });
});

describe("GET /api/v1/registry/organizations/:id/opportunities (the public card's opportunities)", () => {
  it('lists the published opportunities only, to visitors too', async () => {
    const res = await t.call('GET', `/api/v1/registry/organizations/${ids.beijing}/opportunities`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((o: { id: string }) => o.id)).toEqual([ids.published]);
    expect(items[0]).toMatchObject({ state: 'published', title: { zh: '电池回收合作' }, description: null });
  });

  it('is not found for an organisation the registry does not show, to a visitor', async () => {
    const res = await t.call('GET', `/api/v1/registry/organizations/${ids.unlisted}/opportunities`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('organization_not_found');
  });
});

describe('the migration to codes', () => {
  it('converts typed cities that name a listed place in any language, and keeps the others as "other"', async () => {
    const sql = readFileSync(path.join(MIGRATIONS_DIR, '0021_places_and_areas_of_organizations.sql'), 'utf8');
    const conversion = sql.split('--> statement-breakpoint').find((s) => s.includes('UPDATE organizations'));
    expect(conversion).toBeDefined();
    const typed = ['Пекин', '北京', 'Beijing · Haidian', 'москва', 'Saint Petersburg', 'Bishkek'];
    const made: string[] = [];
    for (const text of typed) {
      const org = await f.organization(await f.user(), { place: 'other', city: `tmp ${text}` });
      await t.database.query("update organizations set place = 'other', city = $2 where id = $1", [org.id, text]);
      made.push(org.id);
    }
    await t.database.query(conversion as string);
    const rows = await t.database.query('select id, place, city from organizations where id = any($1)', [made]);
    const byId = new Map((rows.rows as { id: string; place: string; city: string }[]).map((r) => [r.id, r]));
    expect(made.map((id) => byId.get(id))).toEqual([
      { id: made[0], place: 'CN-BJ', city: '' },
      { id: made[1], place: 'CN-BJ', city: '' },
      { id: made[2], place: 'CN-BJ-HD', city: '' },
      { id: made[3], place: 'RU-MOW', city: '' },
      { id: made[4], place: 'RU-SPE', city: '' },
      { id: made[5], place: 'other', city: 'Bishkek' },
    ]);
  });
});
