import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../../../../test/test-app.js';
import { conceptIndex, ensureGlossarySeeded } from '../index.js';
import { type GlossaryConcept, loadGlossarySeed } from './glossary-data.js';

let t: TestApp;
let admin: Session;
let operator: Session;
let cnOperator: Session;
let user: Session;

type Concept = {
  id: string;
  area: string | null;
  terms: Record<'ru' | 'zh' | 'en', string[]>;
  origin: string;
  version: number;
  retired: boolean;
  updatedBy: { displayName: string } | null;
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.createAdmin('admin@glossary.test');
  operator = await t.userWithRole(admin, 'operator@glossary.test', 'operator', 'RU');
  cnOperator = await t.userWithRole(admin, 'cn-operator@glossary.test', 'operator', 'CN');
  user = await t.signUp('user@glossary.test');
});
afterAll(() => t.close());

const concept = async (id: string, as = operator): Promise<Concept> => {
  const res = await t.call('GET', `/api/v1/glossary/concepts/${encodeURIComponent(id)}`, { as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const patch = (id: string, body: unknown, as = operator, locale?: string) =>
  t.call('PATCH', `/api/v1/glossary/concepts/${encodeURIComponent(id)}`, { as, body, locale });
const tryText = async (text: string, as = operator) => {
  const res = await t.call('POST', '/api/v1/glossary/try', { as, body: { text } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().found as { id: string; kind: string; words: string[]; label: Record<string, string> }[];
};
const auditEntries = async () => {
  const res = await t.call('GET', '/api/v1/admin/audit?limit=100', { as: admin });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as {
    action: string;
    subjectId: string;
    actorUserId: string;
    summary: Record<string, unknown>;
  }[];
};

describe('the glossary, seeded from the shipped files', () => {
  it('holds every shipped concept, as shipped', async () => {
    const seed = loadGlossarySeed();
    expect(seed.length).toBeGreaterThan(1000);
    const llm = await concept('ict.llm');
    const shipped = seed.find((c) => c.id === 'ict.llm') as GlossaryConcept;
    expect(llm).toMatchObject({ area: shipped.area, origin: 'shipped', retired: false, updatedBy: null });
    expect(llm.terms).toEqual({ ru: shipped.ru, zh: shipped.zh, en: shipped.en });
  });

  it('keeps an operator’s edit when the shipped data changes, follows it elsewhere and adds new concepts', async () => {
    const seed = loadGlossarySeed();
    const edited = await concept('ict.federated-learning');
    const res = await patch(edited.id, {
      version: edited.version,
      terms: { ...edited.terms, en: [...edited.terms.en, 'collaborative learning'] },
    });
    expect(res.statusCode, res.body).toBe(200);

    const changed = seed.map((c) => {
      if (c.id === 'ict.federated-learning') return { ...c, en: ['federated learning', 'federated training'] };
      if (c.id === 'ict.transfer-learning') return { ...c, en: [...c.en, 'transfer training'] };
      return c;
    });
    const added: GlossaryConcept = {
      id: 'ict.shipped-later',
      area: 'ict',
      ru: ['поздняя поставка'],
      zh: ['后续发布'],
      en: ['shipped later'],
    };
    await ensureGlossarySeeded(t.ctx, [...changed, added]);

    expect((await concept('ict.federated-learning')).terms.en).toEqual([
      'federated learning',
      'collaborative learning',
    ]);
    const followed = await concept('ict.transfer-learning');
    expect(followed.terms.en.at(-1)).toBe('transfer training');
    expect(followed.origin).toBe('shipped');
    expect((await concept('ict.shipped-later')).terms.zh).toEqual(['后续发布']);
    // The index the matcher reads follows the seeding too.
    expect((await tryText('A shipped later module')).map((f) => f.id)).toContain('ict.shipped-later');
  });
});

describe('operators keep the glossary', () => {
  it('finds concepts by a term in any language and by area, a page at a time', async () => {
    const byZh = await t.call('GET', `/api/v1/glossary/concepts?q=${encodeURIComponent('联邦学')}`, { as: operator });
    expect(byZh.statusCode, byZh.body).toBe(200);
    expect(byZh.json().items.map((c: Concept) => c.id)).toContain('ict.federated-learning');
    const byRu = await t.call('GET', `/api/v1/glossary/concepts?q=${encodeURIComponent('ЯЗЫКОВАЯ МОД')}`, {
      as: cnOperator,
    });
    expect(byRu.json().items.map((c: Concept) => c.id)).toContain('ict.llm');

    const first = await t.call('GET', '/api/v1/glossary/concepts?area=ict.machine-learning&limit=2', { as: operator });
    const page = first.json() as { items: Concept[]; nextCursor: string | null };
    expect(page.items).toHaveLength(2);
    expect(page.items.every((c) => c.area === 'ict.machine-learning')).toBe(true);
    const next = await t.call(
      'GET',
      `/api/v1/glossary/concepts?area=ict.machine-learning&limit=2&cursor=${page.nextCursor}`,
      { as: operator },
    );
    const ids = next.json().items.map((c: Concept) => c.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.some((id: string) => page.items.some((c) => c.id === id))).toBe(false);
    // A domain's code brings its sub-areas' concepts.
    const domain = await t.call('GET', '/api/v1/glossary/concepts?area=ict&q=llm&limit=100', { as: operator });
    expect(domain.json().items.map((c: Concept) => c.id)).toContain('ict.llm');
  });

  it('teaches a missed term: the matcher finds it at once, and the change is audited', async () => {
    const text = 'Внедряем ГигаЧат в службу поддержки';
    expect((await tryText(text)).map((f) => f.id)).not.toContain('ict.llm');
    const before = await conceptIndex(t.ctx);
    expect(await conceptIndex(t.ctx)).toBe(before);

    const llm = await concept('ict.llm');
    const res = await patch('ict.llm', {
      version: llm.version,
      terms: { ...llm.terms, ru: [...llm.terms.ru, '  ГигаЧат '] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      origin: 'edited',
      version: llm.version + 1,
      updatedBy: { displayName: 'operator' },
    });
    expect(res.json().terms.ru.at(-1)).toBe('ГигаЧат');

    expect(await conceptIndex(t.ctx)).not.toBe(before);
    const found = (await tryText(text)).find((f) => f.id === 'ict.llm');
    expect(found?.words).toEqual(['ГигаЧат']);
    expect(found?.label.en).toBe('large language model');

    const entry = (await auditEntries()).find(
      (e) => e.action === 'glossary.concept_updated' && e.subjectId === 'ict.llm',
    );
    if (!entry) throw new Error('no audit entry of the change');
    expect(entry.actorUserId).toBe(operator.userId);
    expect((entry.summary.after as { terms: { ru: string[] } }).terms.ru).toContain('ГигаЧат');
    expect((entry.summary.before as { terms: { ru: string[] } }).terms.ru).not.toContain('ГигаЧат');
  });

  it('reads a change to the taxonomy as well: an area given a synonym is found by it at once', async () => {
    const text = 'Пилот на базе цифрового двойника кампуса';
    const taxonomy = await t.call('GET', '/api/v1/taxonomy');
    const areas = taxonomy.json().items as {
      code: string;
      parent: string | null;
      label: unknown;
      synonyms: Record<'ru' | 'zh' | 'en', string[]>;
    }[];
    const area = areas.find((a) => a.parent !== null) as (typeof areas)[number];
    expect((await tryText(text)).map((f) => f.id)).not.toContain(`area:${area.code}`);
    const before = await conceptIndex(t.ctx);
    const saved = await t.call('PUT', `/api/v1/taxonomy/${area.code}`, {
      as: admin,
      body: {
        parent: area.parent,
        label: area.label,
        synonyms: { ...area.synonyms, ru: [...area.synonyms.ru, 'цифровой двойник кампуса'] },
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await conceptIndex(t.ctx)).not.toBe(before);
    const found = (await tryText(text)).find((f) => f.id === `area:${area.code}`);
    expect(found).toMatchObject({ kind: 'area', words: ['цифрового двойника кампуса'] });
  });

  it('creates a concept, retires it and brings it back, each change audited', async () => {
    const created = await t.call('POST', '/api/v1/glossary/concepts', {
      as: cnOperator,
      body: {
        area: 'ict.machine-learning',
        terms: { ru: ['нейроморфный ускоритель'], zh: ['类脑加速器'], en: ['neuromorphic accelerator'] },
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json() as Concept;
    expect(c).toMatchObject({ id: 'ict.neuromorphic-accelerator', origin: 'edited', version: 1, retired: false });
    expect((await tryText('研发类脑加速器芯片')).map((f) => f.id)).toContain(c.id);

    const retired = await t.call('POST', `/api/v1/glossary/concepts/${c.id}/retire`, {
      as: operator,
      body: { version: 1 },
    });
    expect(retired.statusCode, retired.body).toBe(200);
    expect(retired.json()).toMatchObject({ retired: true, version: 2 });
    expect((await tryText('研发类脑加速器芯片')).map((f) => f.id)).not.toContain(c.id);
    const active = await t.call('GET', '/api/v1/glossary/concepts?q=neuromorphic%20acc', { as: operator });
    expect(active.json().items).toEqual([]);
    const listed = await t.call('GET', '/api/v1/glossary/concepts?q=neuromorphic%20acc&retired=true', { as: operator });
    expect(listed.json().items.map((x: Concept) => x.id)).toEqual([c.id]);
    // A retired concept is not changed until it is restored.
    const refused = await patch(c.id, { version: 2, area: null });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('glossary_concept_retired');

    const restored = await t.call('POST', `/api/v1/glossary/concepts/${c.id}/restore`, {
      as: operator,
      body: { version: 2 },
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect((await tryText('研发类脑加速器芯片')).map((f) => f.id)).toContain(c.id);

    const actions = (await auditEntries()).filter((e) => e.subjectId === c.id).map((e) => e.action);
    expect(actions.sort()).toEqual([
      'glossary.concept_created',
      'glossary.concept_restored',
      'glossary.concept_retired',
    ]);
  });

  it('refuses a term the matcher reads as another concept’s, naming that concept, in the reader’s language', async () => {
    const rag = await concept('ict.rag');
    // "large language models" is "large language model" to the stemmer: a term of ict.llm.
    const res = await patch(
      'ict.rag',
      { version: rag.version, terms: { ...rag.terms, en: [...rag.terms.en, 'Large Language Models'] } },
      operator,
      'ru',
    );
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({
      code: 'glossary_term_taken',
      concept: 'ict.llm',
      term: 'Large Language Models',
      conceptTerm: 'large language model',
    });
    expect(res.json().detail).toContain('ict.llm');
    expect(res.json().detail).toContain('Сопоставление');
    // An abbreviation is compared as written, and an area's name is a concept's term too.
    const area = await t.call('POST', '/api/v1/glossary/concepts', {
      as: operator,
      locale: 'zh',
      body: { area: null, terms: { ru: [], zh: ['大语言模型'], en: [] } },
    });
    expect(area.statusCode).toBe(409);
    expect(area.json()).toMatchObject({ code: 'glossary_term_taken', concept: 'ict.llm' });
    expect(area.json().detail).toContain('匹配程序');
    expect((await concept('ict.rag')).version).toBe(rag.version);
  });

  it('checks terms: trimmed, in their script, not only stop words, at least one', async () => {
    const create = (terms: unknown) =>
      t.call('POST', '/api/v1/glossary/concepts', { as: operator, body: { area: null, terms } });
    const none = await create({ ru: [], zh: [], en: [] });
    expect(none.statusCode).toBe(422);
    expect(none.json().errors[0]).toMatchObject({ path: 'terms', code: 'glossary_terms_required' });
    const script = await create({ ru: [], zh: ['quantum'], en: [] });
    expect(script.json().errors[0]).toMatchObject({ path: 'terms.zh.0', code: 'glossary_term_script_zh' });
    const stop = await create({ ru: [], zh: [], en: ['of the'] });
    expect(stop.json().errors[0]).toMatchObject({ path: 'terms.en.0', code: 'glossary_term_unreadable' });
    const long = await create({ ru: [], zh: [], en: ['x'.repeat(121)] });
    expect(long.statusCode).toBe(422);
    const blank = await create({ ru: ['   '], zh: [], en: [] });
    expect(blank.statusCode).toBe(422);
    const area = await t.call('POST', '/api/v1/glossary/concepts', {
      as: operator,
      body: { area: 'no.such-area', terms: { ru: [], zh: [], en: ['quantum dots laser'] } },
    });
    expect(area.json().errors[0]).toMatchObject({ path: 'area', code: 'invalid' });
    const missing = await patch('ict.no-such-concept', { version: 1, area: null });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('glossary_concept_not_found');
  });

  it('lets one of two operators editing at once win; the other loses cleanly and changes nothing', async () => {
    const tl = await concept('ict.reinforcement-learning');
    const [a, b] = await Promise.all([
      patch(tl.id, { version: tl.version, terms: { ...tl.terms, en: [...tl.terms.en, 'reward learning'] } }, operator),
      patch(
        tl.id,
        { version: tl.version, terms: { ...tl.terms, en: [...tl.terms.en, 'trial and error learning'] } },
        cnOperator,
        'zh',
      ),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const lost = a.statusCode === 409 ? a : b;
    expect(lost.json()).toMatchObject({ code: 'glossary_concept_changed', version: tl.version + 1 });
    const now = await concept(tl.id);
    expect(now.version).toBe(tl.version + 1);
    expect(now.terms.en).toHaveLength(tl.terms.en.length + 1);
    const updates = (await auditEntries()).filter((e) => e.subjectId === tl.id);
    expect(updates).toHaveLength(1);
  });

  it('refuses everyone but operators and admins', async () => {
    for (const [as, status, code] of [
      [null, 401, 'unauthenticated'],
      [user, 403, 'operator_required'],
    ] as const) {
      const list = await t.call('GET', '/api/v1/glossary/concepts', { as });
      expect(list.statusCode).toBe(status);
      expect(list.json().code).toBe(code);
      const edit = await patch('ict.llm', { version: 1, area: null }, as as Session);
      expect(edit.statusCode).toBe(status);
      const tried = await t.call('POST', '/api/v1/glossary/try', { as, body: { text: 'LLM' } });
      expect(tried.statusCode).toBe(status);
    }
    expect((await concept('ict.llm', admin)).area).toBe('ict.machine-learning');
  });
});
