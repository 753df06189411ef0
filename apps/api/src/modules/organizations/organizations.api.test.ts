import { withCheckDigits } from '@innobridge/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Factories, factories } from '../../../test/factories.js';
import { createTestApp, PUBLIC_URL, type Session, type TestApp, tokenFromLink } from '../../../test/test-app.js';
import { DAY } from '../../lib/clock.js';

let t: TestApp;
let f: Factories;
beforeAll(async () => {
  t = await createTestApp();
  f = factories(t);
});
afterAll(() => t.close());

// Valid identifiers, a new one each call, so that tests never collide on the unique legal id.
let serial = 0;
const next = () => ++serial;
const ids = {
  inn10: () => withCheckDigits('inn', String(770_000_000 + next())),
  inn12: () => withCheckDigits('inn', String(5_000_000_000 + next())),
  ogrn: () => withCheckDigits('ogrn', String(102_770_000_000 + next())),
  ogrnip: () => withCheckDigits('ogrnip', String(30_477_000_000_000 + next())),
  uscc: () => withCheckDigits('uscc', `91110108MA01${String(next()).padStart(5, '0')}`),
};

/** The same identifier with its last (check) character replaced by another valid character. */
function withWrongCheck(value: string): string {
  const last = value.at(-1) as string;
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const wrong = alphabet[(alphabet.indexOf(last) + 1) % (/^\d+$/.test(value) ? 10 : alphabet.length)] as string;
  return value.slice(0, -1) + wrong;
}

type Body = Record<string, unknown>;
const ruCompany = (overrides: Body = {}): Body => ({
  type: 'company',
  jurisdiction: 'RU',
  city: 'Moscow',
  legalId: ids.inn10(),
  name: { ru: 'Вектор', en: 'Vektor' },
  ...overrides,
});

const countOrgs = async () =>
  Number((await t.database.query('select count(*)::int as n from organizations')).rows[0]?.n);

async function membershipRole(organizationId: string, userId: string) {
  const rows = await t.database.query(
    'select role from organization_members where organization_id = $1 and user_id = $2',
    [organizationId, userId],
  );
  return (rows.rows[0]?.role as string | undefined) ?? null;
}

async function auditRows(action: string, subjectId: string) {
  const rows = await t.database.query(
    'select actor_user_id, action, subject_type, subject_id, summary from audit_log where action = $1 and subject_id = $2 order by seq',
    [action, subjectId],
  );
  return rows.rows;
}

/** Invites an e-mail and returns the token from the link in the mail it gets. */
async function inviteAndGetToken(orgId: string, admin: Session, email: string, role: 'admin' | 'member' = 'member') {
  const res = await t.call('POST', `/api/v1/organizations/${orgId}/invitations`, { as: admin, body: { email, role } });
  if (res.statusCode !== 201) throw new Error(`invite failed: ${res.body}`);
  await t.runJobs();
  return {
    invitation: res.json() as { id: string },
    token: tokenFromLink(t.mail.to(email).at(-1), '/invitations/accept'),
  };
}

/** A signed-in user who is the admin of a new organisation (made through the modules, not HTTP). */
async function orgWithAdmin(
  options: Parameters<Factories['organization']>[1] = {},
  admin?: Parameters<Factories['user']>[0],
) {
  const owner = await f.user(admin);
  return { admin: owner, org: await f.organization(owner, { name: { ru: 'Вектор', en: 'Vektor' }, ...options }) };
}

describe('POST /api/v1/organizations', () => {
  const kinds = [
    { kind: 'inn', label: 'INN-10', jurisdiction: 'RU', legalId: ids.inn10 },
    { kind: 'inn', label: 'INN-12', jurisdiction: 'RU', legalId: ids.inn12 },
    { kind: 'ogrn', label: 'OGRN', jurisdiction: 'RU', legalId: ids.ogrn },
    { kind: 'ogrnip', label: 'OGRNIP', jurisdiction: 'RU', legalId: ids.ogrnip },
    { kind: 'uscc', label: 'USCC', jurisdiction: 'CN', legalId: ids.uscc },
    { kind: 'other', label: 'free text', jurisdiction: 'OTHER', legalId: () => `HRB ${86_000 + next()} B` },
  ] as const;

  it.each(kinds)(
    'creates an organisation with a valid $label and makes its creator the admin',
    async ({ kind, jurisdiction, legalId }) => {
      const creator = await f.user({ email: `creator-${kind}-${next()}@example.com` });
      const value = legalId();
      const name = { ru: 'Технопарк «Сколково»', zh: '斯科尔科沃科技园', en: 'Skolkovo Technopark' };
      const res = await t.call('POST', '/api/v1/organizations', {
        as: creator,
        body: {
          type: 'development_institution',
          jurisdiction,
          place: 'RU-MOW',
          areas: ['ict.nlp'],
          legalId: value,
          name,
          shortDescription: { en: 'A technology park', zh: '科技园' },
          description: { ru: 'Инновационный центр' },
          products: { zh: '孵化服务' },
          website: 'https://example.org',
        },
      });
      expect(res.statusCode).toBe(201);
      const org = res.json();
      expect(org).toMatchObject({
        type: 'development_institution',
        jurisdiction,
        place: 'RU-MOW',
        city: '',
        areas: ['ict.nlp'],
        legalId: value,
        legalIdKind: kind,
        status: 'none',
        statusSince: null,
        name,
        shortDescription: { en: 'A technology park', zh: '科技园' },
        description: { ru: 'Инновационный центр' },
        products: { zh: '孵化服务' },
        website: 'https://example.org',
      });

      const me = await t.call('GET', '/api/v1/me', { as: creator });
      expect(me.json().memberships).toEqual([{ organizationId: org.id, organizationName: name, role: 'admin' }]);

      const card = await t.call('GET', `/api/v1/organizations/${org.id}`, { as: creator });
      expect(card.statusCode).toBe(200);
      expect(card.json()).toEqual(org);

      expect(await auditRows('organization.created', org.id)).toEqual([
        expect.objectContaining({ actor_user_id: creator.userId, subject_type: 'organization', subject_id: org.id }),
      ]);
    },
  );

  it('keeps texts in each language as given, trimmed, and drops empty ones', async () => {
    const creator = await f.user({ email: 'texts@example.com' });
    const res = await t.call('POST', '/api/v1/organizations', {
      as: creator,
      body: ruCompany({ name: { ru: '  Ромашка  ', zh: '甘菊', en: '' }, shortDescription: { zh: '  软件  ' } }),
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toEqual({ ru: 'Ромашка', zh: '甘菊' });
    expect(res.json().shortDescription).toEqual({ zh: '软件' });
    const stored = await t.database.query('select name from organizations where id = $1', [res.json().id]);
    expect(stored.rows[0]?.name).toEqual({ ru: 'Ромашка', zh: '甘菊' });
  });

  it('refuses an anonymous caller with 401', async () => {
    const before = await countOrgs();
    const res = await t.call('POST', '/api/v1/organizations', { body: ruCompany() });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
    expect(await countOrgs()).toBe(before);
  });

  describe('with an invalid legal identifier', () => {
    const innWrongCheck = withWrongCheck(withCheckDigits('inn', '770708389'));
    const cases = [
      {
        problem: 'a wrong INN-10 check digit',
        jurisdiction: 'RU',
        legalId: innWrongCheck,
        code: 'legal_id_check',
        en: 'INN has a wrong check digit: it is not a real identifier. Check for a typo.',
        ru: 'ИНН: неверное контрольное число — такого номера не существует. Проверьте, нет ли опечатки.',
        zh: '纳税人识别号（INN）校验码错误，该号码不存在。请检查是否有输入错误。',
      },
      {
        problem: 'a wrong INN-12 check digit (or an OGRN a digit short)',
        jurisdiction: 'RU',
        legalId: withWrongCheck(withCheckDigits('inn', '5001234567')),
        code: 'legal_id_twelve_check',
        en: 'Twelve digits are read as the INN of an individual or an entrepreneur, and its check digits are wrong. If you meant an OGRN, it has 13 digits; an OGRNIP has 15.',
        ru: 'Двенадцать цифр — это ИНН физического лица или индивидуального предпринимателя, и его контрольные цифры не сходятся. Если вы вводили ОГРН, в нём 13 цифр, в ОГРНИП — 15.',
        zh: '12 位数字会被识别为自然人或个体经营者的纳税人识别号（INN），但其校验位不正确。如果您要填写的是国家注册号（OGRN），它应为 13 位；个体经营者注册号（OGRNIP）为 15 位。',
      },
      {
        problem: 'an INN of zeros, whose check digit adds up',
        jurisdiction: 'RU',
        legalId: '0000000000',
        code: 'legal_id_zeros',
        en: "INN made of zeros only is a placeholder, not an identifier a registry has issued. Enter the organisation's real identifier.",
        ru: 'ИНН из одних нулей — заглушка, а не номер, выданный реестром. Введите настоящий идентификатор организации.',
        zh: '全为零的纳税人识别号（INN）只是占位符，并非登记机关颁发的代码。请输入该机构的真实代码。',
      },
      {
        problem: 'a USCC of zeros, whose check character adds up',
        jurisdiction: 'CN',
        legalId: '000000000000000000',
        code: 'legal_id_zeros',
        en: "Unified Social Credit Code made of zeros only is a placeholder, not an identifier a registry has issued. Enter the organisation's real identifier.",
        ru: 'Единый код социального кредита из одних нулей — заглушка, а не номер, выданный реестром. Введите настоящий идентификатор организации.',
        zh: '全为零的统一社会信用代码只是占位符，并非登记机关颁发的代码。请输入该机构的真实代码。',
      },
      {
        problem: 'a wrong OGRN check digit',
        jurisdiction: 'RU',
        legalId: withWrongCheck(withCheckDigits('ogrn', '102770013219')),
        code: 'legal_id_check',
        en: 'OGRN has a wrong check digit: it is not a real identifier. Check for a typo.',
        ru: 'ОГРН: неверное контрольное число — такого номера не существует. Проверьте, нет ли опечатки.',
        zh: '国家注册号（OGRN）校验码错误，该号码不存在。请检查是否有输入错误。',
      },
      {
        problem: 'a wrong OGRNIP check digit',
        jurisdiction: 'RU',
        legalId: withWrongCheck(withCheckDigits('ogrnip', '30477010000012')),
        code: 'legal_id_check',
        en: 'OGRNIP has a wrong check digit: it is not a real identifier. Check for a typo.',
        ru: 'ОГРНИП: неверное контрольное число — такого номера не существует. Проверьте, нет ли опечатки.',
        zh: '个体经营者注册号（OGRNIP）校验码错误，该号码不存在。请检查是否有输入错误。',
      },
      {
        problem: 'a wrong USCC check character',
        jurisdiction: 'CN',
        legalId: withWrongCheck(withCheckDigits('uscc', '91110108MA01C2345')),
        code: 'legal_id_check',
        en: 'Unified Social Credit Code has a wrong check digit: it is not a real identifier. Check for a typo.',
        ru: 'Единый код социального кредита: неверное контрольное число — такого номера не существует. Проверьте, нет ли опечатки.',
        zh: '统一社会信用代码校验码错误，该号码不存在。请检查是否有输入错误。',
      },
      {
        problem: 'a Russian number of no known length',
        jurisdiction: 'RU',
        legalId: '77070838931',
        code: 'legal_id_ru_length',
        en: 'For a Russian organisation, enter an INN (10 or 12 digits), an OGRN (13 digits) or an OGRNIP (15 digits).',
        ru: 'Для российской организации укажите ИНН (10 или 12 цифр), ОГРН (13 цифр) или ОГРНИП (15 цифр).',
        zh: '俄罗斯机构请填写纳税人识别号 INN（10 或 12 位）、OGRN（13 位）或 OGRNIP（15 位）。',
      },
      {
        problem: 'a USCC of the wrong length',
        jurisdiction: 'CN',
        legalId: '91110108MA01C234',
        code: 'legal_id_length',
        en: 'Unified Social Credit Code must have 18 characters; 16 were given.',
        ru: 'Единый код социального кредита должен содержать 18 символов, указано 16.',
        zh: '统一社会信用代码应为 18 位，实际为 16 位。',
      },
      {
        problem: 'letters in an INN',
        jurisdiction: 'RU',
        legalId: '77070A3893',
        code: 'legal_id_digits',
        en: 'INN may contain digits only.',
        ru: 'ИНН может содержать только цифры.',
        zh: '纳税人识别号（INN）只能包含数字。',
      },
      {
        problem: 'letters in an OGRN',
        jurisdiction: 'RU',
        legalId: '10277001321X5',
        code: 'legal_id_digits',
        en: 'OGRN may contain digits only.',
        ru: 'ОГРН может содержать только цифры.',
        zh: '国家注册号（OGRN）只能包含数字。',
      },
      {
        problem: 'no identifier at all for a Russian organisation',
        jurisdiction: 'RU',
        legalId: '   ',
        code: 'legal_id_required',
        en: 'The legal identifier is required for organisations from Russia and China.',
        ru: 'Для организаций из России и Китая регистрационный номер обязателен.',
        zh: '俄罗斯和中国的机构必须填写登记号码。',
      },
      ...(['I', 'O', 'Z', 'S', 'V'] as const).map((char) => ({
        problem: `a USCC containing ${char}`,
        jurisdiction: 'CN',
        legalId: `91110108MA01${char}2345X`,
        code: 'legal_id_alphabet',
        en: `The Unified Social Credit Code may contain only digits and the letters A–Y except I, O, Z, S and V; “${char}” is not allowed.`,
        ru: `Единый код социального кредита может содержать только цифры и буквы A–Y, кроме I, O, Z, S и V; символ «${char}» недопустим.`,
        zh: `统一社会信用代码只能包含数字和除 I、O、Z、S、V 以外的字母 A–Y；不允许使用“${char}”。`,
      })),
    ];

    it.each(cases)(
      'answers 422 legal_id_invalid naming the kind and the problem for $problem, in ru, zh and en, and stores nothing',
      async (c) => {
        const creator = await f.user({ email: `invalid-${next()}@example.com` });
        const before = await countOrgs();
        for (const locale of ['ru', 'zh', 'en'] as const) {
          const res = await t.call('POST', '/api/v1/organizations', {
            as: creator,
            locale,
            body: ruCompany({ jurisdiction: c.jurisdiction, legalId: c.legalId }),
          });
          expect(res.statusCode).toBe(422);
          expect(res.headers['content-type']).toContain('application/problem+json');
          const body = res.json();
          expect(body.code).toBe('legal_id_invalid');
          expect(body.errors).toEqual([{ path: 'legalId', code: c.code, message: c[locale] }]);
          expect(body.detail).toBe(c[locale]);
        }
        expect(await countOrgs()).toBe(before);
        const me = await t.call('GET', '/api/v1/me', { as: creator });
        expect(me.json().memberships).toEqual([]);
      },
    );

    it('reads the letters of a USCC case-insensitively, so a lower-case i is still refused as I', async () => {
      const creator = await f.user({ email: 'lowercase@example.com' });
      const res = await t.call('POST', '/api/v1/organizations', {
        as: creator,
        body: ruCompany({ jurisdiction: 'CN', legalId: '91110108ma01i2345x' }),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0]).toMatchObject({ path: 'legalId', code: 'legal_id_alphabet' });
      expect(res.json().errors[0].message).toContain('“I”');
    });
  });

  describe('with an identifier already registered', () => {
    let first: { id: string; legalId: string };
    let creator: Session;
    beforeAll(async () => {
      creator = await f.user({ email: 'first-owner@example.com' });
      first = await f.organization(creator, {
        legalId: '7707083893',
        name: { ru: 'Сбербанк', zh: '俄罗斯联邦储蓄银行', en: 'Sberbank' },
      });
    });

    it.each([
      { written: '7707083893', locale: 'en' },
      { written: '7707 083893', locale: 'ru' },
      { written: ' 7707-083-893 ', locale: 'zh' },
    ])(
      'answers 409 legal_id_registered, naming neither the organisation nor its card, when written $written',
      async ({ written, locale }) => {
        const other = await f.user({ email: `second-owner-${next()}@example.com` });
        const before = await countOrgs();
        const res = await t.call('POST', '/api/v1/organizations', {
          as: other,
          locale,
          body: ruCompany({ legalId: written, name: { en: 'Copycat' } }),
        });
        expect(res.statusCode).toBe(409);
        const body = res.json();
        expect(body.code).toBe('legal_id_registered');
        expect(body.existingOrganizationId).toBeUndefined();
        expect(res.body).not.toContain(first.id);
        expect(res.body).not.toMatch(/Sberbank|Сбербанк|俄罗斯联邦储蓄银行/);
        expect(body.errors[0]).toMatchObject({ path: 'legalId', code: 'legal_id_taken' });
        const details = {
          en: "An organisation with this legal identifier is already registered on the platform. If you work there, ask its administrator to invite you: they do it on the organisation's members page.",
          ru: 'Организация с таким регистрационным номером уже зарегистрирована на платформе. Если вы в ней работаете, попросите её администратора пригласить вас — это делается на странице участников организации.',
          zh: '已有机构使用该登记号码在平台上注册。如果您在该机构工作，请联系其管理员在机构成员页面邀请您加入。',
        };
        expect(body.detail).toBe(details[locale as keyof typeof details]);
        expect(await countOrgs()).toBe(before);
      },
    );

    it('names an organisation of the public registry and points to its card, which anyone may read', async () => {
      const listed = await f.organizationWithStatus({
        jurisdiction: 'CN',
        name: { ru: 'Байду', zh: '百度', en: 'Baidu' },
      });
      const card = await t.call('GET', `/api/v1/organizations/${listed.organizationId}`);
      expect(card.statusCode).toBe(200);
      const other = await f.user();
      for (const [locale, name] of [
        ['en', 'Baidu'],
        ['ru', 'Байду'],
        ['zh', '百度'],
      ] as const) {
        const res = await t.call('POST', '/api/v1/organizations', {
          as: other,
          locale,
          body: ruCompany({ jurisdiction: 'CN', legalId: card.json().legalId, name: { en: 'Copycat' } }),
        });
        expect(res.statusCode).toBe(409);
        expect(res.json()).toMatchObject({ code: 'legal_id_duplicate', existingOrganizationId: listed.organizationId });
        expect(res.json().detail).toContain(name);
      }
    });

    it('stores the identifier normalised, so the grouped form was the same number', async () => {
      expect(first.legalId).toBe('7707083893');
      const rows = await t.database.query(`select count(*)::int as n from organizations where legal_id = '7707083893'`);
      expect(rows.rows[0]?.n).toBe(1);
    });

    it('refuses to change another organisation to the same identifier', async () => {
      const { admin: owner, org: second } = await orgWithAdmin();
      const res = await t.call('PATCH', `/api/v1/organizations/${second.id}`, {
        as: owner,
        body: { legalId: '7707-083893' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('legal_id_registered');
      const stored = await t.database.query('select legal_id from organizations where id = $1', [second.id]);
      expect(stored.rows[0]?.legal_id).toBe(second.legalId);
    });
  });

  describe('with a name missing or malformed', () => {
    it.each([
      { label: 'an empty object', name: {} },
      { label: 'only blank texts', name: { ru: '   ', en: '' } },
    ])('answers 422 name_required when the name is $label', async ({ name }) => {
      const creator = await f.user({ email: `nameless-${next()}@example.com` });
      const before = await countOrgs();
      const res = await t.call('POST', '/api/v1/organizations', {
        as: creator,
        locale: 'ru',
        body: ruCompany({ name }),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('name_required');
      expect(res.json().errors[0]).toMatchObject({ path: 'name', code: 'required', message: 'Обязательное поле.' });
      expect(await countOrgs()).toBe(before);
    });

    it('answers 422 with the path when the name is absent altogether', async () => {
      const creator = await f.user({ email: 'noname@example.com' });
      const { name: _omitted, ...body } = ruCompany();
      const res = await t.call('POST', '/api/v1/organizations', { as: creator, body });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('validation_failed');
      expect(res.json().errors).toContainEqual({ path: 'name', code: 'required', message: 'This field is required.' });
    });

    it('answers 422 naming the unknown language of a localised text', async () => {
      const creator = await f.user({ email: 'german@example.com' });
      const before = await countOrgs();
      const res = await t.call('POST', '/api/v1/organizations', {
        as: creator,
        locale: 'zh',
        body: ruCompany({ name: { de: 'Vektor GmbH' }, shortDescription: { en: 'ok', fr: 'non' } }),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('validation_failed');
      expect(res.json().errors).toEqual(
        expect.arrayContaining([
          { path: 'name.de', code: 'unknown_field', message: '不应包含此字段。' },
          { path: 'shortDescription.fr', code: 'unknown_field', message: '不应包含此字段。' },
        ]),
      );
      expect(await countOrgs()).toBe(before);
    });
  });
});

describe('GET /api/v1/organizations/:id', () => {
  it('answers 404 organization_not_found for an unknown id and 422 for a malformed one', async () => {
    const unknown = await t.call('GET', '/api/v1/organizations/0190f1c2-0000-7000-8000-000000000000', { locale: 'ru' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'organization_not_found', detail: 'Такой организации нет.' });
    const malformed = await t.call('GET', '/api/v1/organizations/not-a-uuid');
    expect(malformed.statusCode).toBe(422);
    expect(malformed.json().errors[0].path).toBe('id');
  });
});

describe('PATCH /api/v1/organizations/:id', () => {
  const editable = () => orgWithAdmin({ name: { ru: 'Редактор', en: 'Editor' } });

  it('lets its admin edit the profile and records the change in the audit log', async () => {
    const { admin, org } = await editable();
    const res = await t.call('PATCH', `/api/v1/organizations/${org.id}`, {
      as: admin,
      body: { place: 'RU-MOW-ZEL', shortDescription: { en: 'Microelectronics', zh: '微电子' } },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: org.id,
      place: 'RU-MOW-ZEL',
      city: '',
      shortDescription: { en: 'Microelectronics', zh: '微电子' },
      name: org.name,
    });
    const stored = await t.database.query('select place, city, short_description from organizations where id = $1', [
      org.id,
    ]);
    expect(stored.rows[0]).toEqual({
      place: 'RU-MOW-ZEL',
      city: '',
      short_description: { en: 'Microelectronics', zh: '微电子' },
    });
    const audit = await auditRows('organization.updated', org.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_user_id: admin.userId, subject_type: 'organization' });
    expect(JSON.stringify(audit[0]?.summary)).toContain('RU-MOW-ZEL');
  });

  it('revalidates a changed identifier and refuses an invalid one', async () => {
    const { admin, org } = await editable();
    const res = await t.call('PATCH', `/api/v1/organizations/${org.id}`, {
      as: admin,
      body: { legalId: '1234567890' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'legal_id_invalid',
      errors: [{ path: 'legalId', code: 'legal_id_check' }],
    });
    const fresh = ids.ogrn();
    const ok = await t.call('PATCH', `/api/v1/organizations/${org.id}`, { as: admin, body: { legalId: fresh } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ legalId: fresh, legalIdKind: 'ogrn' });
  });

  it('refuses a member of another organisation with 403 organization_forbidden saying they are not a member', async () => {
    const { org } = await editable();
    const { admin: stranger } = await orgWithAdmin({ name: { en: 'Elsewhere Ltd' } });
    const res = await t.call('PATCH', `/api/v1/organizations/${org.id}`, {
      as: stranger,
      locale: 'en',
      body: { city: 'Hijacked' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('organization_forbidden');
    expect(res.json().detail).toBe('You are not a member of this organisation, so you cannot act on its behalf.');
    const stored = await t.database.query('select city from organizations where id = $1', [org.id]);
    expect(stored.rows[0]?.city).not.toBe('Hijacked');
  });

  it('refuses a plain member with 403 organization_admin_required', async () => {
    const { admin, org } = await editable();
    const member = await f.member(org.id, admin);
    const res = await t.call('PATCH', `/api/v1/organizations/${org.id}`, {
      as: member,
      locale: 'ru',
      body: { city: 'Tver' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      code: 'organization_admin_required',
      detail: 'Это может сделать только администратор этой организации.',
    });
    const stored = await t.database.query('select city from organizations where id = $1', [org.id]);
    expect(stored.rows[0]?.city).not.toBe('Tver');
  });

  it('refuses an anonymous caller with 401', async () => {
    const { org } = await editable();
    const res = await t.call('PATCH', `/api/v1/organizations/${org.id}`, { body: { city: 'Nowhere' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('unauthenticated');
  });

  it('refuses to blank out the name', async () => {
    const { admin, org } = await editable();
    const res = await t.call('PATCH', `/api/v1/organizations/${org.id}`, { as: admin, body: { name: { en: ' ' } } });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('name_required');
    const stored = await t.database.query('select name from organizations where id = $1', [org.id]);
    expect(stored.rows[0]?.name).toEqual(org.name);
  });
});

describe('POST /api/v1/organizations/:id/invitations', () => {
  /** An organisation whose admin, Ирина, reads Russian. */
  async function inviting() {
    const { admin: inviter, org } = await orgWithAdmin(
      { name: { ru: 'Квант', zh: '量子', en: 'Quantum' } },
      { locale: 'ru', displayName: 'Ирина' },
    );
    return { inviter, org };
  }

  it('mails a person with an account in their own language, with a link to accept', async () => {
    const { inviter, org } = await inviting();
    await f.user({ email: 'li.wei@example.cn', locale: 'zh', displayName: '李伟', signedIn: false });
    const res = await t.call('POST', `/api/v1/organizations/${org.id}/invitations`, {
      as: inviter,
      body: { email: 'Li.Wei@Example.CN' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'li.wei@example.cn', role: 'member' });
    await t.runJobs();
    const mail = t.mail.to('li.wei@example.cn').at(-1);
    expect(mail?.subject).toBe('邀请您加入 Innobridge 上的“量子”');
    expect(mail?.text).toContain('李伟，您好！');
    expect(mail?.text).toContain('Ирина 邀请您以成员身份加入');
    expect(mail?.text).toMatch(new RegExp(`${PUBLIC_URL}/invitations/accept\\?token=[A-Za-z0-9_-]+`));
  });

  it("mails a newcomer in the inviter's language", async () => {
    const { inviter, org } = await inviting();
    const res = await t.call('POST', `/api/v1/organizations/${org.id}/invitations`, {
      as: inviter,
      body: { email: 'newcomer@example.com', role: 'admin' },
    });
    expect(res.statusCode).toBe(201);
    await t.runJobs();
    const mail = t.mail.to('newcomer@example.com').at(-1);
    expect(mail?.subject).toBe('Приглашение в организацию «Квант» на Innobridge');
    expect(mail?.text).toContain('в роли: администратор');
    expect(tokenFromLink(mail, '/invitations/accept')).toBeTruthy();
    const audit = await auditRows('organization.member_invited', org.id);
    expect(audit.at(-1)).toMatchObject({
      actor_user_id: inviter.userId,
      summary: { invitationId: res.json().id, role: 'admin' },
    });
  });

  it('lets the invitee accept once, as the invited role, and then refuses the same link with 404', async () => {
    const { inviter, org } = await inviting();
    const { token } = await inviteAndGetToken(org.id, inviter, 'joiner@example.com', 'admin');
    const joiner = await f.user({ email: 'joiner@example.com' });
    const res = await t.call('POST', '/api/v1/invitations/accept', { as: joiner, body: { token } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ organizationId: org.id, role: 'admin' });
    expect(await membershipRole(org.id, joiner.userId)).toBe('admin');
    const me = await t.call('GET', '/api/v1/me', { as: joiner });
    expect(me.json().memberships).toEqual([
      { organizationId: org.id, organizationName: { ru: 'Квант', zh: '量子', en: 'Quantum' }, role: 'admin' },
    ]);

    const again = await t.call('POST', '/api/v1/invitations/accept', { as: joiner, body: { token } });
    expect(again.statusCode).toBe(404);
    expect(again.json().code).toBe('invitation_not_found');
  });

  it('refuses another user accepting with 403 invitation_email_mismatch and leaves the invitation open', async () => {
    const { inviter, org } = await inviting();
    const { token } = await inviteAndGetToken(org.id, inviter, 'intended@example.com');
    const other = await f.user({ email: 'interloper@example.com' });
    const res = await t.call('POST', '/api/v1/invitations/accept', { as: other, locale: 'en', body: { token } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({
      code: 'invitation_email_mismatch',
      detail: 'This invitation was sent to another e-mail address. Sign in with that address to accept it.',
    });
    expect(await membershipRole(org.id, other.userId)).toBeNull();
    const intended = await f.user({ email: 'intended@example.com' });
    expect((await t.call('POST', '/api/v1/invitations/accept', { as: intended, body: { token } })).statusCode).toBe(
      200,
    );
  });

  it('refuses an anonymous acceptance with 401', async () => {
    const { inviter, org } = await inviting();
    const { token } = await inviteAndGetToken(org.id, inviter, 'anon-invitee@example.com');
    const res = await t.call('POST', '/api/v1/invitations/accept', { body: { token } });
    expect(res.statusCode).toBe(401);
  });

  it('refuses an invitation older than seven days with 410 invitation_expired', async () => {
    const { inviter, org } = await inviting();
    const invitee = await f.user({ email: 'slow@example.com' });
    const { token } = await inviteAndGetToken(org.id, inviter, 'slow@example.com');
    t.clock.advance(8 * DAY);
    const res = await t.call('POST', '/api/v1/invitations/accept', { as: invitee, locale: 'ru', body: { token } });
    expect(res.statusCode).toBe(410);
    expect(res.json()).toMatchObject({
      code: 'invitation_expired',
      detail: 'Срок действия приглашения истёк. Попросите администратора организации прислать новое.',
    });
    expect(await membershipRole(org.id, invitee.userId)).toBeNull();
  });

  it('refuses a withdrawn invitation with 404', async () => {
    const { inviter, org } = await inviting();
    const invitee = await f.user({ email: 'withdrawn@example.com' });
    const { invitation, token } = await inviteAndGetToken(org.id, inviter, 'withdrawn@example.com');
    const revoke = await t.call('DELETE', `/api/v1/organizations/${org.id}/invitations/${invitation.id}`, {
      as: inviter,
    });
    expect(revoke.statusCode).toBe(204);
    const res = await t.call('POST', '/api/v1/invitations/accept', { as: invitee, body: { token } });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('invitation_not_found');
    const twice = await t.call('DELETE', `/api/v1/organizations/${org.id}/invitations/${invitation.id}`, {
      as: inviter,
    });
    expect(twice.statusCode).toBe(404);
    expect(await auditRows('organization.invitation_revoked', org.id)).toEqual([
      expect.objectContaining({ actor_user_id: inviter.userId, summary: { invitationId: invitation.id } }),
    ]);
  });

  it('refuses to invite an existing member with 409 already_member', async () => {
    const { inviter, org } = await inviting();
    const existing = await f.member(org.id, inviter, { email: 'already@example.com' });
    const before = await t.database.query('select count(*)::int as n from invitations where organization_id = $1', [
      org.id,
    ]);
    const res = await t.call('POST', `/api/v1/organizations/${org.id}/invitations`, {
      as: inviter,
      locale: 'en',
      body: { email: existing.email },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'already_member', errors: [{ path: 'email', code: 'already_member' }] });
    expect(res.json().detail).toBe('This person is already a member of the organisation.');
    const after = await t.database.query('select count(*)::int as n from invitations where organization_id = $1', [
      org.id,
    ]);
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });

  it('lists only the open invitations: not accepted, withdrawn or expired ones', async () => {
    const owner = await f.user({ email: 'pending-owner@example.com' });
    const own = await f.organization(owner);
    await inviteAndGetToken(own.id, owner, 'expiring@example.com');
    t.clock.advance(8 * DAY);
    const accepted = await f.user({ email: 'accepted@example.com' });
    const { token } = await inviteAndGetToken(own.id, owner, 'accepted@example.com');
    await t.call('POST', '/api/v1/invitations/accept', { as: accepted, body: { token } });
    const { invitation: withdrawn } = await inviteAndGetToken(own.id, owner, 'withdrawn2@example.com');
    await t.call('DELETE', `/api/v1/organizations/${own.id}/invitations/${withdrawn.id}`, { as: owner });
    const { invitation: open } = await inviteAndGetToken(own.id, owner, 'open@example.com', 'admin');

    const res = await t.call('GET', `/api/v1/organizations/${own.id}/invitations`, { as: owner });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      {
        id: open.id,
        email: 'open@example.com',
        role: 'admin',
        createdAt: expect.any(String),
        expiresAt: expect.any(String),
      },
    ]);
    const item = res.json().items[0];
    expect(new Date(item.expiresAt).getTime() - new Date(item.createdAt).getTime()).toBe(7 * DAY);
  });

  it('refuses a plain member inviting with 403 organization_admin_required', async () => {
    const { inviter, org } = await inviting();
    const member = await f.member(org.id, inviter, { email: 'plain-inviter@example.com' });
    const res = await t.call('POST', `/api/v1/organizations/${org.id}/invitations`, {
      as: member,
      body: { email: 'friend@example.com' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('organization_admin_required');
    await t.runJobs();
    expect(t.mail.to('friend@example.com')).toHaveLength(0);
  });
});

describe('/api/v1/organizations/:id/members', () => {
  it('lists the members to its members, operators and platform admins, and refuses strangers', async () => {
    const { admin, org } = await orgWithAdmin({}, { email: 'members-admin@example.com' });
    const member = await f.member(org.id, admin, { email: 'lister@example.com' });
    const platformAdmin = await f.admin();
    const operator = await f.operator('RU');
    const { admin: stranger } = await orgWithAdmin();

    for (const who of [admin, member, operator, platformAdmin]) {
      const res = await t.call('GET', `/api/v1/organizations/${org.id}/members`, { as: who });
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ userId: admin.userId, email: 'members-admin@example.com', role: 'admin' }),
          expect.objectContaining({
            userId: member.userId,
            email: 'lister@example.com',
            displayName: 'lister',
            role: 'member',
          }),
        ]),
      );
    }
    const refused = await t.call('GET', `/api/v1/organizations/${org.id}/members`, { as: stranger });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('organization_forbidden');
    expect((await t.call('GET', `/api/v1/organizations/${org.id}/members`)).statusCode).toBe(401);
  });

  it("changes a member's role", async () => {
    const { admin, org } = await orgWithAdmin();
    const member = await f.member(org.id, admin, { email: 'promoted@example.com' });
    const res = await t.call('PATCH', `/api/v1/organizations/${org.id}/members/${member.userId}`, {
      as: admin,
      body: { role: 'admin' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ userId: member.userId, role: 'admin' });
    expect(await membershipRole(org.id, member.userId)).toBe('admin');
    expect(await auditRows('organization.member_role_changed', org.id)).toContainEqual(
      expect.objectContaining({ actor_user_id: admin.userId, summary: { userId: member.userId, role: 'admin' } }),
    );
    // and back, now that there are two admins
    const back = await t.call('PATCH', `/api/v1/organizations/${org.id}/members/${member.userId}`, {
      as: admin,
      body: { role: 'member' },
    });
    expect(back.statusCode).toBe(200);
    expect(await membershipRole(org.id, member.userId)).toBe('member');
  });

  it('refuses a plain member changing roles, even their own, with 403 organization_admin_required', async () => {
    const { admin, org } = await orgWithAdmin();
    const member = await f.member(org.id, admin, { email: 'climber@example.com' });
    const res = await t.call('PATCH', `/api/v1/organizations/${org.id}/members/${member.userId}`, {
      as: member,
      body: { role: 'admin' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('organization_admin_required');
    expect(await membershipRole(org.id, member.userId)).toBe('member');
  });

  it('answers 404 member_not_found for someone who is not a member', async () => {
    const { admin, org } = await orgWithAdmin();
    const outsider = await f.user({ email: 'outsider@example.com' });
    const res = await t.call('PATCH', `/api/v1/organizations/${org.id}/members/${outsider.userId}`, {
      as: admin,
      body: { role: 'member' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('member_not_found');
  });

  it('keeps the last admin: they cannot be demoted, removed or leave (409 last_admin)', async () => {
    const { admin: owner, org: own } = await orgWithAdmin();
    await f.member(own.id, owner, { email: 'sole-member@example.com' });
    const platformAdmin = await f.admin();

    const demote = await t.call('PATCH', `/api/v1/organizations/${own.id}/members/${owner.userId}`, {
      as: owner,
      locale: 'en',
      body: { role: 'member' },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json()).toMatchObject({
      code: 'last_admin',
      detail: 'The organisation must keep at least one administrator. Make someone else an administrator first.',
    });
    const leave = await t.call('DELETE', `/api/v1/organizations/${own.id}/members/${owner.userId}`, {
      as: owner,
      locale: 'zh',
    });
    expect(leave.statusCode).toBe(409);
    expect(leave.json()).toMatchObject({
      code: 'last_admin',
      detail: '机构必须至少保留一名管理员。请先将其他成员设为管理员。',
    });
    const removed = await t.call('DELETE', `/api/v1/organizations/${own.id}/members/${owner.userId}`, {
      as: platformAdmin,
    });
    expect(removed.statusCode).toBe(409);
    expect(removed.json().code).toBe('last_admin');
    expect(await membershipRole(own.id, owner.userId)).toBe('admin');
  });

  it('lets an admin leave once another admin exists', async () => {
    const { admin: owner, org: own } = await orgWithAdmin();
    const successor = await f.member(own.id, owner, { email: 'successor@example.com', role: 'admin' });
    const res = await t.call('DELETE', `/api/v1/organizations/${own.id}/members/${owner.userId}`, { as: owner });
    expect(res.statusCode).toBe(204);
    expect(await membershipRole(own.id, owner.userId)).toBeNull();
    expect(await membershipRole(own.id, successor.userId)).toBe('admin');
  });

  it('lets a member leave: 204, the membership is gone and recorded', async () => {
    const { admin, org } = await orgWithAdmin();
    const member = await f.member(org.id, admin, { email: 'leaver@example.com' });
    const res = await t.call('DELETE', `/api/v1/organizations/${org.id}/members/${member.userId}`, { as: member });
    expect(res.statusCode).toBe(204);
    expect(await membershipRole(org.id, member.userId)).toBeNull();
    expect((await t.call('GET', '/api/v1/me', { as: member })).json().memberships).toEqual([]);
    expect(await auditRows('organization.member_left', org.id)).toContainEqual(
      expect.objectContaining({ actor_user_id: member.userId, summary: { userId: member.userId } }),
    );
    const gone = await t.call('GET', `/api/v1/organizations/${org.id}/members`, { as: member });
    expect(gone.statusCode).toBe(403);
  });

  it('lets an admin remove a member', async () => {
    const { admin, org } = await orgWithAdmin();
    const member = await f.member(org.id, admin, { email: 'removed@example.com' });
    const res = await t.call('DELETE', `/api/v1/organizations/${org.id}/members/${member.userId}`, { as: admin });
    expect(res.statusCode).toBe(204);
    expect(await membershipRole(org.id, member.userId)).toBeNull();
    expect(await auditRows('organization.member_removed', org.id)).toContainEqual(
      expect.objectContaining({ actor_user_id: admin.userId, summary: { userId: member.userId } }),
    );
    const list = await t.call('GET', `/api/v1/organizations/${org.id}/members`, { as: admin });
    expect((list.json().items as { userId: string }[]).map((m) => m.userId)).not.toContain(member.userId);
  });

  it('refuses a plain member removing another member', async () => {
    const { admin, org } = await orgWithAdmin();
    const a = await f.member(org.id, admin, { email: 'remover@example.com' });
    const b = await f.member(org.id, admin, { email: 'victim@example.com' });
    const res = await t.call('DELETE', `/api/v1/organizations/${org.id}/members/${b.userId}`, { as: a });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('organization_admin_required');
    expect(await membershipRole(org.id, b.userId)).toBe('member');
  });
});

describe('GET /api/v1/organizations', () => {
  it("shows a visitor the public registry's organisations only: no organisation without a status, no legal id of one", async () => {
    const { organizationId } = await f.organizationWithStatus();
    const participant = { organizationId };
    const { org: unlistedOrg } = await orgWithAdmin();
    const { id: unlisted, legalId: unlistedLegalId } = unlistedOrg;

    const seen: { id: string; status: string; legalId: string }[] = [];
    let cursor: string | null = null;
    do {
      const res = await t.call('GET', `/api/v1/organizations?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.statusCode).toBe(200);
      seen.push(...res.json().items);
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen.map((o) => o.id)).toContain(participant.organizationId);
    expect(seen.map((o) => o.id)).not.toContain(unlisted);
    expect(seen.map((o) => o.legalId)).not.toContain(unlistedLegalId);
    expect(new Set(seen.map((o) => o.status))).toEqual(new Set(['participant']));

    const card = await t.call('GET', `/api/v1/organizations/${unlisted}`, { locale: 'en' });
    expect(card.statusCode).toBe(404);
    expect(card.json().code).toBe('organization_not_found');
    expect(card.body).not.toContain(unlistedLegalId);
    expect((await t.call('GET', `/api/v1/organizations/${participant.organizationId}`)).statusCode).toBe(200);
    // Signed in, a person still finds the organisation (to invite it, to answer it on the exchange).
    const someone = await f.user();
    expect((await t.call('GET', `/api/v1/organizations/${unlisted}`, { as: someone })).statusCode).toBe(200);
  });

  it('pages newest first with limit=2: pages do not overlap and the cursor leads through every organisation', async () => {
    const owner = await f.user();
    for (let i = 0; i < 5; i++) await f.organization(owner, { name: { en: `Paged ${i}` } });
    const total = await countOrgs();

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const url: string = `/api/v1/organizations?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      // Signed in: a visitor sees only the public registry's organisations (the test above).
      const res = await t.call('GET', url, { as: owner });
      expect(res.statusCode).toBe(200);
      const page = res.json() as { items: { id: string }[]; nextCursor: string | null };
      expect(page.items.length).toBeLessThanOrEqual(2);
      expect(page.items.length).toBeGreaterThan(0);
      seen.push(...page.items.map((o) => o.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor && pages < 1000);

    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(total);
    const expected = await t.database.query('select id from organizations order by created_at desc, id desc');
    expect(seen).toEqual(expected.rows.map((r) => r.id));
    expect(pages).toBe(Math.ceil(total / 2));
  });

  it('answers a garbage cursor with 422 naming the cursor, not 500', async () => {
    const res = await t.call('GET', '/api/v1/organizations?limit=2&cursor=%%%garbage%%%');
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ path: 'cursor', code: 'invalid' }] });
  });

  it('answers a well-formed cursor carrying a bad key with 422, not 500', async () => {
    const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    const answers = [];
    for (const [label, key] of [
      ['a date that is not one', ['not a date', '0190f1c2-0000-7000-8000-000000000000']],
      ['an id that is not a uuid', ['2026-03-02T09:00:00.000Z', 'not-a-uuid']],
    ] as const) {
      const res = await t.call('GET', `/api/v1/organizations?limit=2&cursor=${forged([...key])}`);
      answers.push({ label, status: res.statusCode, code: res.json().code, path: res.json().errors?.[0]?.path });
    }
    expect(answers).toEqual([
      { label: 'a date that is not one', status: 422, code: 'validation_failed', path: 'cursor' },
      { label: 'an id that is not a uuid', status: 422, code: 'validation_failed', path: 'cursor' },
    ]);
  });

  it('refuses a limit out of range with 422', async () => {
    for (const limit of ['0', '101', 'ten']) {
      const res = await t.call('GET', `/api/v1/organizations?limit=${limit}`);
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0].path).toBe('limit');
    }
  });
});
