import type { EligibilityRule, Locale } from '@innobridge/contracts';
import { describe, expect, it } from 'vitest';
import { translator } from '../../../lib/i18n.js';
import { evaluateEligibility, monthsBetween, type OrganizationFacts } from './eligibility.evaluator.js';

const NOW = new Date('2026-12-03T10:00:00Z');
const AREAS: Record<string, Record<Locale, string>> = {
  energy: { ru: 'энергетика', zh: '能源', en: 'energy' },
  'energy.batteries': { ru: 'аккумуляторы', zh: '电池', en: 'batteries' },
  robotics: { ru: 'робототехника', zh: '机器人', en: 'robotics' },
};

const startup: OrganizationFacts = {
  id: 'org-1',
  status: 'partner',
  jurisdiction: 'CN',
  type: 'startup',
  registeredAt: new Date('2025-06-10T00:00:00Z'),
  areas: ['energy.batteries'],
};

const evaluate = (
  rules: EligibilityRule[],
  locale: Locale = 'en',
  options: { org?: Partial<OrganizationFacts>; lastReceivedAt?: Date | null } = {},
) => {
  const t = translator(locale, 'services');
  return evaluateEligibility({
    rules,
    organization: { ...startup, ...options.org },
    lastReceivedAt: options.lastReceivedAt ?? null,
    now: NOW,
    locale,
    t: (key, params) => t(key, params) as string,
    areaName: (code) => AREAS[code]?.[locale] ?? null,
  });
};

/** The one rule's verdict in each language. */
const explain = (rule: EligibilityRule, options: Parameters<typeof evaluate>[2] = {}) =>
  Object.fromEntries((['ru', 'zh', 'en'] as const).map((l) => [l, evaluate([rule], l, options).rules[0]]));

describe('the eligibility evaluator, one rule at a time', () => {
  it("cluster status: names the organisation's status and the required ones in the reader's words", () => {
    const v = explain({ kind: 'status', statuses: ['participant'] });
    expect(v.en).toEqual({
      kind: 'status',
      met: false,
      explanation: 'Your status is partner; this service requires: participant.',
    });
    expect(v.ru?.explanation).toBe('Ваш статус — партнёр; для этой услуги нужен статус: участник.');
    expect(v.zh?.explanation).toBe('您的身份是合作伙伴；此服务要求：参与者。');
    const met = explain({ kind: 'status', statuses: ['participant', 'partner'] });
    expect(met.en?.met).toBe(true);
    expect(met.en?.explanation).toBe('Your status is partner; this service is open to: participant or partner.');
    expect(met.ru?.explanation).toBe('Ваш статус — партнёр; услуга открыта для статусов: участник или партнёр.');
  });

  it('jurisdiction', () => {
    const v = explain({ kind: 'jurisdiction', jurisdictions: ['RU'] });
    expect(v.en?.met).toBe(false);
    expect(v.en?.explanation).toBe(
      'Your organisation is registered in China; this service is only for organisations registered in: Russia.',
    );
    expect(v.zh?.explanation).toBe('您的机构注册于中国；此服务仅限注册于以下国家的机构：俄罗斯。');
    expect(explain({ kind: 'jurisdiction', jurisdictions: ['CN', 'OTHER'] }).ru?.met).toBe(true);
  });

  it('organisation type', () => {
    const v = explain({ kind: 'organization_type', types: ['university', 'research_institute'] });
    expect(v.en?.met).toBe(false);
    expect(v.en?.explanation).toBe(
      "Your organisation's type is startup; this service is only for: university or research institute.",
    );
    expect(v.ru?.explanation).toBe(
      'Тип вашей организации — стартап; услуга только для типов: университет или научный институт.',
    );
    expect(explain({ kind: 'organization_type', types: ['startup'] }).zh?.met).toBe(true);
  });

  it('age since registration: at least, at most, and within', () => {
    expect(monthsBetween(startup.registeredAt, NOW)).toBe(17);
    const young = explain({ kind: 'age', minMonths: 24 });
    expect(young.en).toMatchObject({ met: false });
    expect(young.en?.explanation).toBe(
      'Months since your organisation registered on the platform: 17; this service requires at least 24.',
    );
    expect(young.zh?.explanation).toBe('您的机构在平台注册已 17 个月；此服务要求至少 24 个月。');
    const old = explain({ kind: 'age', maxMonths: 12 });
    expect(old.ru).toMatchObject({ met: false });
    expect(old.ru?.explanation).toContain('не больше 12');
    expect(explain({ kind: 'age', minMonths: 6, maxMonths: 36 }).en?.met).toBe(true);
  });

  it('employees: organisations state none, so the rule is unmet with its reason', () => {
    const v = explain({ kind: 'employees', max: 100 });
    for (const l of ['ru', 'zh', 'en'] as const) expect(v[l]?.met).toBe(false);
    expect(v.en?.explanation).toContain('do not state on the platform');
    expect(v.ru?.explanation).toContain('не указывают');
  });

  it('technology areas: a sub-area counts for its area, and names are used, not codes', () => {
    const v = explain({ kind: 'areas', areas: ['energy'] });
    expect(v.en).toMatchObject({
      met: true,
      explanation: "Your organisation works in this service's areas: batteries.",
    });
    const un = explain({ kind: 'areas', areas: ['robotics', 'energy.solar'] });
    expect(un.en?.met).toBe(false);
    expect(un.ru?.explanation).toBe(
      'Ваша организация не работает ни в одной из областей этой услуги: робототехника или energy.solar.',
    );
    expect(un.zh?.explanation).toContain('机器人');
  });

  it('"has not received this service in the last N months"', () => {
    expect(explain({ kind: 'not_received_within', months: 12 }).en).toMatchObject({
      met: true,
      explanation: 'Your organisation has not received this service in the last 12 months.',
    });
    const recent = explain(
      { kind: 'not_received_within', months: 12 },
      { lastReceivedAt: new Date('2026-03-15T00:00:00Z') },
    );
    expect(recent.en?.met).toBe(false);
    expect(recent.en?.explanation).toBe(
      'Your organisation received this service within the last 12 months; it may apply again from 2027-03-15.',
    );
    expect(recent.ru?.explanation).toBe(
      'За последние 12 мес. ваша организация уже получала эту услугу; снова подать заявку можно с 2027-03-15.',
    );
    const long = explain(
      { kind: 'not_received_within', months: 6 },
      { lastReceivedAt: new Date('2026-03-15T00:00:00Z') },
    );
    expect(long.zh?.met).toBe(true);
  });
});

describe('the eligibility evaluator, rules combined', () => {
  const rules: EligibilityRule[] = [
    { kind: 'status', statuses: ['participant', 'partner'] },
    { kind: 'jurisdiction', jurisdictions: ['CN'] },
    { kind: 'organization_type', types: ['startup', 'company'] },
    { kind: 'areas', areas: ['energy'] },
    { kind: 'not_received_within', months: 12 },
  ];

  it('is eligible only when every rule is met, and explains each one in order', () => {
    const ok = evaluate(rules, 'zh');
    expect(ok.eligible).toBe(true);
    expect(ok.rules.map((r) => r.kind)).toEqual(rules.map((r) => r.kind));
    expect(ok.rules.every((r) => r.met)).toBe(true);

    const no = evaluate(rules, 'ru', { org: { status: 'applicant', jurisdiction: 'RU' } });
    expect(no.eligible).toBe(false);
    expect(no.rules.filter((r) => !r.met).map((r) => r.kind)).toEqual(['status', 'jurisdiction']);
    expect(no.rules[0]?.explanation).toBe(
      'Ваш статус — заявитель; для этой услуги нужен статус: участник или партнёр.',
    );
  });

  it('no rules: everyone is eligible', () => {
    expect(evaluate([], 'en')).toEqual({ eligible: true, rules: [] });
  });

  it('every explanation is a whole sentence in each language, with no key left untranslated', () => {
    const all: EligibilityRule[] = [...rules, { kind: 'age', minMonths: 1 }, { kind: 'employees', min: 1 }];
    for (const locale of ['ru', 'zh', 'en'] as const) {
      for (const r of evaluate(all, locale, { org: { status: 'none' } }).rules) {
        expect(r.explanation).not.toMatch(/eligibility\.|labels\./);
        expect(r.explanation).toMatch(/[.。]$/);
      }
    }
  });
});
