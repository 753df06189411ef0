import { Opportunity } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, type Session, type TestApp } from '../../../test/test-app.js';
import { DAY } from '../../lib/clock.js';
import { encodeCursor } from '../../lib/pagination.js';
import { EXPIRY_JOB, SEARCH_TEXT_UPGRADE_JOB } from './index.js';
import { prepareSearch, search } from './search/index.js';

let t: TestApp;
let f: Factories;
let operatorRu: Session;
let operatorCn: Session;
let ru: { admin: Session; organizationId: string };
let cn: { admin: Session; organizationId: string };
let areas: { code: string; parent: string | null; label: { en: string } }[];

beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
  operatorRu = await f.operator('RU', { email: 'ex.op.ru@example.ru' });
  operatorCn = await f.operator('CN', { email: 'ex.op.cn@example.cn' });
  ru = await f.organizationWithStatus({
    owner: { email: 'ex.ru@example.ru' },
    operator: operatorRu,
    name: { ru: 'ВторЛитий' },
  });
  cn = await f.organizationWithStatus({
    owner: { email: 'ex.cn@example.cn' },
    operator: operatorCn,
    jurisdiction: 'CN',
    name: { zh: '固锂新能源' },
  });
  areas = (await t.call('GET', '/api/v1/taxonomy')).json().items;
});
afterAll(() => t.close());

const areaCode = (word: RegExp) => areas.find((a) => a.parent && word.test(a.label.en))?.code as string;

/** A published opportunity, through its lifecycle's entry points (the lifecycle over HTTP is tested above). */
const published = (as: Session, organizationId: string, body: Record<string, unknown>, operator: Session) =>
  f.opportunity(as, organizationId, { state: 'published', operator, body });

describe('the taxonomy', () => {
  it('has two levels and at least 80 areas, each labelled in three languages', () => {
    const level2 = areas.filter((a) => a.parent);
    expect(level2.length).toBeGreaterThanOrEqual(80);
    const codes = new Set(areas.map((a) => a.code));
    expect(level2.every((a) => codes.has(a.parent as string))).toBe(true);
  });
});

describe('the opportunity lifecycle', () => {
  it('goes draft → submitted → returned with a comment → submitted → published, then renewed and closed as a success', async () => {
    const battery = areaCode(/batter/i);
    const draft = await t.call('POST', '/api/v1/opportunities', {
      as: ru.admin,
      body: {
        organizationId: ru.organizationId,
        type: 'technology_offer',
        title: { ru: 'Технология переработки литий-ионных аккумуляторов' },
        summary: { ru: 'Гидрометаллургическое извлечение лития и кобальта.' },
        description: { ru: 'Полное описание процесса для участников.' },
        areas: [battery],
        trl: 7,
        cooperationForms: ['licence', 'joint_venture'],
        targetCountries: ['CN'],
        amount: { min: 5_000_000_00, currency: 'RUB' },
      },
    });
    expect(draft.statusCode).toBe(201);
    const id = draft.json().id;
    expect(draft.json()).toMatchObject({ state: 'draft', trl: 7, amount: { min: 5_000_000_00, currency: 'RUB' } });

    expect((await t.call('POST', `/api/v1/opportunities/${id}/submit`, { as: ru.admin })).json().state).toBe(
      'submitted',
    );
    const queue = (await t.call('GET', '/api/v1/moderation/opportunities', { as: operatorRu })).json().items;
    expect(queue.map((o: { id: string }) => o.id)).toContain(id);
    const byCn = await t.call('POST', `/api/v1/opportunities/${id}/publish`, { as: operatorCn });
    expect(byCn.statusCode).toBe(403);
    const byAuthor = await t.call('POST', `/api/v1/opportunities/${id}/publish`, { as: ru.admin });
    expect(byAuthor.statusCode).toBe(403);

    const returned = await t.call('POST', `/api/v1/opportunities/${id}/return`, {
      as: operatorRu,
      body: { reason: 'Добавьте английское резюме.' },
    });
    expect(returned.json()).toMatchObject({ state: 'draft', moderationComment: 'Добавьте английское резюме.' });
    await t.runJobs();
    expect(t.mail.to('ex.ru@example.ru').at(-1)?.text).toContain('Добавьте английское резюме.');

    await t.call('PATCH', `/api/v1/opportunities/${id}`, {
      as: ru.admin,
      body: {
        summary: {
          ru: 'Гидрометаллургическое извлечение лития и кобальта.',
          en: 'Hydrometallurgical recovery of lithium and cobalt.',
        },
      },
    });
    await t.call('POST', `/api/v1/opportunities/${id}/submit`, { as: ru.admin });
    const live = await t.call('POST', `/api/v1/opportunities/${id}/publish`, { as: operatorRu });
    expect(live.json().state).toBe('published');
    expect(live.json().expiresAt).toBe(new Date(Date.UTC(2027, 2, 2, 9, 0, 0)).toISOString());

    const editPublished = await t.call('PATCH', `/api/v1/opportunities/${id}`, {
      as: ru.admin,
      locale: 'en',
      body: { trl: 8 },
    });
    expect(editPublished.statusCode).toBe(409);
    expect(editPublished.json().detail).toBe('This cannot be done while the opportunity is “published”.');

    t.clock.advance(10 * DAY);
    const renewed = await t.call('POST', `/api/v1/opportunities/${id}/renew`, { as: ru.admin });
    expect(renewed.json().expiresAt).toBe(new Date(Date.UTC(2027, 2, 12, 9, 0, 0)).toISOString());
    const success = await t.call('POST', `/api/v1/opportunities/${id}/close-success`, { as: ru.admin });
    expect(success.json()).toMatchObject({ state: 'closed', closeReason: 'success' });
  });

  it('refuses every transition the lifecycle does not allow from where it stands, changing nothing', async () => {
    const create = async () =>
      (
        await t.call('POST', '/api/v1/opportunities', {
          as: ru.admin,
          body: { organizationId: ru.organizationId, type: 'business_offer', title: { en: 'x' }, summary: { en: 'y' } },
        })
      ).json().id as string;
    const act = (id: string, action: string, as: Session) =>
      t.call('POST', `/api/v1/opportunities/${id}/${action}`, {
        as,
        ...(action === 'return' ? { body: { reason: 'no' } } : {}),
      });
    const draft = await create();
    const submitted = await create();
    await act(submitted, 'submit', ru.admin);
    const closed = await create();
    await act(closed, 'withdraw', ru.admin);
    const forbidden: [string, string, Session][] = [
      [draft, 'publish', operatorRu],
      [draft, 'return', operatorRu],
      [draft, 'renew', ru.admin],
      [draft, 'close-success', ru.admin],
      [submitted, 'submit', ru.admin],
      [submitted, 'renew', ru.admin],
      [closed, 'submit', ru.admin],
      [closed, 'publish', operatorRu],
      [closed, 'withdraw', ru.admin],
      [closed, 'renew', ru.admin],
    ];
    for (const [id, action, as] of forbidden) {
      const before = (await t.call('GET', `/api/v1/opportunities/${id}`, { as: ru.admin })).json();
      const res = await act(id, action, as);
      expect(res.statusCode, `${action} from ${before.state}`).toBe(409);
      expect(res.json().code).toBe('opportunity_state_conflict');
      const after = (await t.call('GET', `/api/v1/opportunities/${id}`, { as: ru.admin })).json();
      expect(after).toEqual(before);
    }
  });

  it('lets an organisation without a cluster status draft but not submit', async () => {
    const admin = await f.user({ email: 'newbie@example.ru' });
    const newcomer = { admin, organizationId: (await f.organization(admin)).id };
    const draft = await t.call('POST', '/api/v1/opportunities', {
      as: newcomer.admin,
      body: {
        organizationId: newcomer.organizationId,
        type: 'business_request',
        title: { en: 'Distributor wanted' },
        summary: { en: 'We look for a distributor in China.' },
      },
    });
    expect(draft.statusCode).toBe(201);
    const submit = await t.call('POST', `/api/v1/opportunities/${draft.json().id}/submit`, {
      as: newcomer.admin,
      locale: 'ru',
    });
    expect(submit.statusCode).toBe(403);
    expect(submit.json()).toMatchObject({ code: 'submit_status_required' });
    expect(submit.json().detail).toContain('«без статуса»');
    const stranger = await t.call('POST', `/api/v1/opportunities/${draft.json().id}/submit`, { as: cn.admin });
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().code).toBe('organization_forbidden');
  });

  it('refuses unknown taxonomy areas and an amount range upside down, storing nothing', async () => {
    const before = (await t.database.query('select count(*)::int as n from opportunities')).rows[0]?.n;
    const bad = await t.call('POST', '/api/v1/opportunities', {
      as: ru.admin,
      body: {
        organizationId: ru.organizationId,
        type: 'technology_offer',
        title: { en: 'x' },
        summary: { en: 'y' },
        areas: ['no.such-area'],
        amount: { min: 10, max: 5, currency: 'USD' },
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('areas.0');
    const after = (
      await t.call('POST', '/api/v1/opportunities', {
        as: ru.admin,
        body: {
          organizationId: ru.organizationId,
          type: 'technology_offer',
          title: { en: 'x' },
          summary: { en: 'y' },
          amount: { min: 10, max: 5, currency: 'USD' },
        },
      })
    ).json();
    expect(after.errors[0].path).toBe('amount.max');
    expect((await t.database.query('select count(*)::int as n from opportunities')).rows[0]?.n).toBe(before);
  });

  it('reminds the owner two weeks before expiry and closes it when the time is up (scheduled job)', async () => {
    const o = await published(
      ru.admin,
      ru.organizationId,
      { type: 'pilot_request', title: { ru: 'Ищем площадку для пилота' }, summary: { ru: 'Нужен городской полигон.' } },
      operatorRu,
    );
    await t.runJobs(); // the "published" notice
    t.mail.clear();
    t.clock.advance(352 * DAY); // 13 days before the end of the 12 months
    await t.ctx.jobs.send(t.ctx.db, EXPIRY_JOB, {});
    await t.runJobs();
    expect(t.mail.to('ex.ru@example.ru').map((m) => m.subject)).toEqual([
      expect.stringMatching(/^Expires on .*: Ищем площадку для пилота$/),
    ]);
    await t.ctx.jobs.send(t.ctx.db, EXPIRY_JOB, {});
    await t.runJobs();
    expect(t.mail.to('ex.ru@example.ru')).toHaveLength(1); // reminded once

    t.clock.advance(14 * DAY);
    await t.ctx.jobs.send(t.ctx.db, EXPIRY_JOB, {});
    await t.runJobs();
    const row = (
      await t.call('GET', `/api/v1/opportunities/${o.id}`, { as: await t.signIn('ex.ru@example.ru') })
    ).json();
    expect(row).toMatchObject({ state: 'closed', closeReason: 'expired' });
    expect((await t.call('GET', `/api/v1/opportunities/${o.id}`)).statusCode).toBe(404);
  });
});

describe('moderation', () => {
  it("leaves an opportunity of the moderator's own organisation to another operator", async () => {
    // An operator who is also a member of the organisation that wrote it. Earlier tests moved the
    // clock past the sessions' lifetime: everyone signs in again.
    const owner = await t.signIn('ex.ru@example.ru');
    const otherOperator = await t.signIn('ex.op.ru@example.ru');
    const colleague = await f.member(ru.organizationId, owner, { user: await f.operator('RU') });
    const draft = await t.call('POST', '/api/v1/opportunities', {
      as: owner,
      body: {
        organizationId: ru.organizationId,
        type: 'technology_offer',
        title: { ru: 'Своя технология' },
        summary: { ru: 'Для проверки модерации.' },
      },
    });
    const id = draft.json().id;
    expect((await t.call('POST', `/api/v1/opportunities/${id}/submit`, { as: owner })).statusCode).toBe(200);

    for (const action of ['publish', 'return']) {
      const refused = await t.call('POST', `/api/v1/opportunities/${id}/${action}`, {
        as: colleague,
        locale: 'ru',
        body: action === 'return' ? { reason: 'Сам себе.' } : undefined,
      });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({
        code: 'moderation_own_organization',
        detail: expect.stringContaining('модерировать'),
      });
    }
    expect((await t.call('GET', `/api/v1/opportunities/${id}`, { as: owner })).json().state).toBe('submitted');
    expect((await t.call('POST', `/api/v1/opportunities/${id}/publish`, { as: otherOperator })).statusCode).toBe(200);
    // Out of the later tests' searches.
    expect((await t.call('POST', `/api/v1/opportunities/${id}/withdraw`, { as: owner })).statusCode).toBe(200);
  });
});

describe('GET /api/v1/opportunities', () => {
  it('finds texts across languages and forms, with facets that agree with the results', async () => {
    const ruAdmin = await t.signIn('ex.ru@example.ru');
    const cnAdmin = await t.signIn('ex.cn@example.cn');
    const opRu = await t.signIn('ex.op.ru@example.ru');
    const opCn = await t.signIn('ex.op.cn@example.cn');
    const offer = await published(
      ruAdmin,
      ru.organizationId,
      {
        type: 'technology_offer',
        title: { ru: 'Переработка аккумуляторов электромобилей', en: 'Electric vehicle battery recycling' },
        summary: { ru: 'Извлекаем литий из отработанных батарей.', en: 'We recover lithium from spent batteries.' },
        description: { ru: 'Подробности для участников кластера.' },
        trl: 7,
        cooperationForms: ['licence'],
      },
      opRu,
    );
    t.clock.advance(60_000);
    const request = await published(
      cnAdmin,
      cn.organizationId,
      {
        type: 'technology_request',
        title: { zh: '寻求新能源汽车电池回收技术' },
        summary: { zh: '我们需要动力电池回收的成熟工艺。' },
        trl: 6,
        cooperationForms: ['joint_venture'],
      },
      opCn,
    );

    const ids = async (query: string) =>
      (await t.call('GET', `/api/v1/opportunities?${query}`)).json().items.map((o: { id: string }) => o.id);
    // The Chinese request says 动力电池, a term of the area аккумулятор names: found after the exact match.
    expect(await ids(`q=${encodeURIComponent('аккумулятор')}`)).toEqual([offer.id, request.id]);
    // The summary says батарей (stem батар); батарея stems to батаре and must find it all the same.
    expect(await ids(`q=${encodeURIComponent('батарея')}`)).toEqual([offer.id, request.id]);
    // The offer's battery recycling, переработка аккумуляторов, is the area 电池回收 names.
    expect(await ids(`q=${encodeURIComponent('电池回收')}`)).toEqual([request.id, offer.id]);
    expect(await ids('q=battery')).toEqual([offer.id, request.id]);
    expect(await ids('q=batteries')).toEqual([offer.id, request.id]); // the title says "battery"
    expect(await ids('q=vehicles')).toEqual([offer.id]);

    const all = (await t.call('GET', '/api/v1/opportunities?sort=date')).json();
    expect(all.items.map((o: { id: string }) => o.id).slice(0, 2)).toEqual([request.id, offer.id]);
    expect(all.items.every((o: { description: unknown }) => o.description === null)).toBe(true);

    const filtered = (await t.call('GET', '/api/v1/opportunities?type=technology_request')).json();
    expect(filtered.items.map((o: { id: string }) => o.id)).toEqual([request.id]);
    expect(filtered.total).toBe(1);
    expect(filtered.facets.type.technology_request).toBe(1);
    expect(filtered.facets.type.technology_offer).toBeGreaterThanOrEqual(1); // a facet ignores its own filter
    expect(filtered.facets.jurisdiction).toEqual({ CN: 1 });
    expect(filtered.facets.trl).toEqual({ 6: 1 });

    const highlighted = (await t.call('GET', `/api/v1/opportunities?q=${encodeURIComponent('аккумуляторов')}`)).json();
    expect(highlighted.terms).toEqual(expect.arrayContaining(['аккумуляторов', 'аккумулятор']));

    // The description: for members, not for visitors.
    expect((await t.call('GET', `/api/v1/opportunities/${offer.id}`)).json().description).toBeNull();
    expect((await t.call('GET', `/api/v1/opportunities/${offer.id}`, { as: cnAdmin })).json().description).toEqual({
      ru: 'Подробности для участников кластера.',
    });
  });

  it('ranks by where the words are — title, then summary, then elsewhere — newest first within each, in every language', async () => {
    const ruAdmin = await t.signIn('ex.ru@example.ru');
    const cnAdmin = await t.signIn('ex.cn@example.cn');
    const opRu = await t.signIn('ex.op.ru@example.ru');
    const opCn = await t.signIn('ex.op.cn@example.cn');
    const publish = async (body: Record<string, unknown>, chinese = false) => {
      t.clock.advance(60_000);
      const o = chinese
        ? await published(cnAdmin, cn.organizationId, { type: 'technology_request', ...body }, opCn)
        : await published(ruAdmin, ru.organizationId, { type: 'technology_offer', ...body }, opRu);
      return o.id as string;
    };
    const oldTitle = await publish({ title: { en: 'Hydrogen storage tanks' }, summary: { en: 'Composite vessels.' } });
    const inSummary = await publish({ title: { en: 'Storage tanks' }, summary: { en: 'Vessels for hydrogen.' } });
    const inDescription = await publish({
      title: { ru: 'Компрессоры' },
      summary: { ru: 'Поршневые компрессоры.' },
      description: { en: 'Also for hydrogen.' },
    });
    const newTitle = await publish({ title: { en: 'Hydrogen fuel cells' }, summary: { en: 'Stacks.' } });
    const zhSummary = await publish({ title: { zh: '储罐' }, summary: { zh: '用于氢能的复合材料储罐。' } }, true);
    const zhTitle = await publish({ title: { zh: '氢能储运技术' }, summary: { zh: '需要合作伙伴。' } }, true);
    const ruTitle = await publish({ title: { ru: 'Электробусы для городов' }, summary: { ru: 'Серийный выпуск.' } });
    const ruSummary = await publish({
      title: { ru: 'Зарядные станции' },
      summary: { ru: 'Быстрая зарядка электробусов.' },
    });

    const ranked = async (q: string, limit = 20) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = (
          await t.call('GET', `/api/v1/opportunities?q=${encodeURIComponent(q)}&limit=${limit}${after}`)
        ).json();
        seen.push(...page.items.map((o: { id: string }) => o.id));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    // Then the Chinese texts, through 氢能, a term of the area hydrogen names (ADR 0022).
    expect(await ranked('hydrogen')).toEqual([newTitle, oldTitle, inSummary, inDescription, zhTitle, zhSummary]);
    // One at a time, the cursor carries the tier across: the same order, each once.
    expect(await ranked('hydrogen', 1)).toEqual([newTitle, oldTitle, inSummary, inDescription, zhTitle, zhSummary]);
    // Both words in the title before words spread over title and summary; as both words find only two,
    // what has one of them (or a term of hydrogen's area) follows, newest first.
    expect(await ranked('hydrogen tanks')).toEqual([oldTitle, inSummary, zhTitle, zhSummary, newTitle, inDescription]);
    expect(await ranked('氢能')).toEqual([zhTitle, zhSummary, newTitle, inDescription, inSummary, oldTitle]);
    // A Russian word in another form than either text's: the title's before the newer summary's.
    expect(await ranked('электробус')).toEqual([ruTitle, ruSummary]);
    // Newest first when asked, whatever the field.
    const byDate = (await t.call('GET', '/api/v1/opportunities?q=hydrogen&sort=date')).json();
    expect(byDate.items.map((o: { id: string }) => o.id)).toEqual([
      zhTitle,
      zhSummary,
      newTitle,
      inDescription,
      inSummary,
      oldTitle,
    ]);
    expect(byDate).toMatchObject({ total: 6, estimated: false });

    // A large exchange's ways give the same order as a small one's single statement: tier by tier with
    // the planner's estimates, and the look among the newest first (a window of the three newest rows
    // finds part of a tier, and the planner's query the rest after it).
    const { stems, ...filter } = await prepareSearch(t.ctx.db, 'hydrogen');
    expect(filter.published).toBeGreaterThanOrEqual(8);
    expect(stems).toContain('hydrogen');
    for (const [asIf, probe] of [
      [{ published: undefined }, undefined],
      [{}, { from: 0, rows: 3 }],
      [{}, { from: 0, rows: 1000 }],
    ] as const) {
      const rows = await search(t.ctx.db, { ...filter, ...asIf }, 'relevance', null, 20, probe);
      expect(rows.map((r) => [r.opportunity.id, r.tier])).toEqual([
        [newTitle, 1],
        [oldTitle, 1],
        [inSummary, 2],
        [inDescription, 3],
        [zhTitle, 4],
        [zhSummary, 4],
      ]);
    }
  });

  it("answers with its schema's fields only, each result with its organisation's name and type", async () => {
    const opCn = await t.signIn('ex.op.cn@example.cn');
    const made = await published(
      await t.signIn('ex.cn@example.cn'),
      cn.organizationId,
      { type: 'pilot_request', title: { en: 'Fields check' }, summary: { en: 'Which fields a result has.' } },
      opCn,
    );
    const res = (await t.call('GET', '/api/v1/opportunities?q=fields')).json();
    expect(res.items.map((o: { id: string }) => o.id)).toEqual([made.id]);
    expect(Object.keys(res.items[0]).sort()).toEqual(Object.keys(Opportunity.shape).sort());
    expect(res.items[0]).toMatchObject({
      organizationName: { zh: '固锂新能源' },
      organizationType: made.organizationType,
    });
  });

  it('pages through every result once with a keyset cursor, by date and by relevance, and refuses a forged cursor', async () => {
    const ruAdmin = await t.signIn('ex.ru@example.ru');
    const opRu = await t.signIn('ex.op.ru@example.ru');
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      t.clock.advance(1000);
      const o = await published(
        ruAdmin,
        ru.organizationId,
        {
          type: 'pilot_request',
          title: { en: `Pilot site for drones ${i}` },
          summary: { en: 'Drone delivery pilot.' },
        },
        opRu,
      );
      made.push(o.id);
    }
    for (const query of ['q=drone&limit=2', 'sort=date&limit=2']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await t.call(
          'GET',
          `/api/v1/opportunities?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(res.statusCode).toBe(200);
        seen.push(...res.json().items.map((o: { id: string }) => o.id));
        cursor = res.json().nextCursor;
      } while (cursor);
      expect(new Set(seen).size, query).toBe(seen.length);
      expect(seen, query).toEqual(expect.arrayContaining(made));
    }
    // Published within the same millisecond by a write that gave microseconds (the cursor carries
    // milliseconds): stored in milliseconds, so neither falls between two pages.
    await t.ctx.database.query(
      `UPDATE opportunities SET published_at = $1::timestamptz + (ordinality * interval '1 microsecond')
       FROM unnest($2::uuid[]) WITH ORDINALITY AS made(id, ordinality) WHERE opportunities.id = made.id`,
      ['2026-11-29T09:00:00.000Z', made],
    );
    for (const query of ['q=drone&limit=1', 'q=drone&sort=date&limit=1']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const after: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page = (await t.call('GET', `/api/v1/opportunities?${query}${after}`)).json();
        seen.push(...page.items.map((o: { id: string }) => o.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen.sort(), query).toEqual([...made].sort());
    }
    const forged = await t.call('GET', '/api/v1/opportunities?q=drone&cursor=not-a-cursor');
    expect(forged.statusCode).toBe(422);
    expect(forged.json().errors[0].path).toBe('cursor');
    // Well formed, but its id is not one: refused as the cursor, not a database error.
    for (const [sort, key] of [
      ['relevance', [1, '2026-03-02T09:00:00.000Z', 'x']],
      ['date', ['2026-03-02T09:00:00.000Z', 'x']],
    ] as const) {
      const res = await t.call('GET', `/api/v1/opportunities?q=drone&sort=${sort}&cursor=${encodeCursor([...key])}`);
      expect(res.statusCode, sort).toBe(422);
      expect(res.json().errors[0].path).toBe('cursor');
    }
  });
});

describe('the search text upgrade', () => {
  it('segments again, a field a line, the Chinese text of opportunities saved before migration 0011, so that they rank by the field a word is in', async () => {
    const opCn = await t.signIn('ex.op.cn@example.cn');
    const cnAdmin = await t.signIn('ex.cn@example.cn');
    const inTitle = await published(
      cnAdmin,
      cn.organizationId,
      { type: 'technology_offer', title: { zh: '液流储能电站' }, summary: { zh: '兆瓦级储能系统。' } },
      opCn,
    );
    t.clock.advance(60_000);
    const inSummary = await published(
      cnAdmin,
      cn.organizationId,
      { type: 'technology_offer', title: { zh: '光伏逆变器' }, summary: { zh: '适配液流储能的逆变方案。' } },
      opCn,
    );
    const ids = async () =>
      (await t.call('GET', `/api/v1/opportunities?q=${encodeURIComponent('液流储能')}`))
        .json()
        .items.map((o: { id: string }) => o.id);
    expect(await ids()).toEqual([inTitle.id, inSummary.id]);

    // As a row saved before 0011 held it: every field's words on one line, all read as the title.
    const oneLine = (id: string) =>
      t.database.query(`update opportunities set search_zh = replace(search_zh, E'\n', ' ') where id = $1`, [id]);
    await oneLine(inTitle.id);
    await oneLine(inSummary.id);
    // A change made outside the platform's requests reaches visitors once their kept answer is old.
    t.clock.advance(2000);
    expect(await ids()).toEqual([inSummary.id, inTitle.id]); // both "titles" now: the newer first

    await t.runJobs(); // the publications' e-mails
    await t.ctx.jobs.send(t.ctx.db, SEARCH_TEXT_UPGRADE_JOB, {});
    expect((await t.runJobs()).ran).toBe(1);
    t.clock.advance(2000);
    expect(await ids()).toEqual([inTitle.id, inSummary.id]);
    const { rows } = await t.database.query(
      `select count(*)::int as n from opportunities where strpos(search_zh, E'\n') = 0`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});
