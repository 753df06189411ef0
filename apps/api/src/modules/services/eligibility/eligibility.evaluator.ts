import type { EligibilityRule, Locale, RuleVerdict } from '@innobridge/contracts';

/**
 * The one evaluator of services' eligibility rules (ADR 0028): pure — it reads only what it is given —
 * and it explains each rule in the reader's language with a whole sentence of the `services`
 * namespace, never assembled from fragments. The names it puts into a sentence (statuses, countries,
 * technology areas) are the reader's words for them.
 */

/** What the rules read of an organisation. */
export type OrganizationFacts = {
  id: string;
  status: string;
  jurisdiction: string;
  type: string;
  /** When it registered on the platform. */
  registeredAt: Date;
  areas: readonly string[];
};

/** Translates a key of the `services` namespace in the reader's language. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

export type EvaluationInput = {
  rules: readonly EligibilityRule[];
  organization: OrganizationFacts;
  /** When the organisation last received this service (delivered), or null. */
  lastReceivedAt: Date | null;
  now: Date;
  locale: Locale;
  t: Translate;
  /** The reader's name of a technology area, or null when the code is unknown. */
  areaName: (code: string) => string | null;
};

export type Evaluation = { eligible: boolean; rules: RuleVerdict[] };

/** Whole months from `from` to `to` (calendar months, the day of the month counted). */
export function monthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return Math.max(0, months);
}

/** The instant `months` calendar months after `date` (UTC). */
function addMonths(date: Date, months: number): Date {
  const next = new Date(date.getTime());
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
}

/** An area matches a required one when it is that area or one of its sub-areas. */
const inArea = (area: string, required: string) => area === required || area.startsWith(`${required}.`);

export function evaluateEligibility(input: EvaluationInput): Evaluation {
  const verdicts = input.rules.map((rule) => judge(rule, input));
  return { eligible: verdicts.every((v) => v.met), rules: verdicts };
}

function judge(rule: EligibilityRule, input: EvaluationInput): RuleVerdict {
  const { organization: org, t, locale } = input;
  const anyOf = (items: string[]) => new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
  const allOf = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const verdict = (met: boolean, key: string, params: Record<string, string | number>): RuleVerdict => ({
    kind: rule.kind,
    met,
    explanation: t(`eligibility.${key}.${met ? 'met' : 'unmet'}`, params),
  });
  switch (rule.kind) {
    case 'status':
      return verdict(rule.statuses.includes(org.status as never), 'status', {
        actual: t(`labels.status.${org.status}`),
        required: anyOf(rule.statuses.map((s) => t(`labels.status.${s}`))),
      });
    case 'jurisdiction':
      return verdict(rule.jurisdictions.includes(org.jurisdiction as never), 'jurisdiction', {
        actual: t(`labels.jurisdiction.${org.jurisdiction}`),
        required: anyOf(rule.jurisdictions.map((j) => t(`labels.jurisdiction.${j}`))),
      });
    case 'organization_type':
      return verdict(rule.types.includes(org.type as never), 'organizationType', {
        actual: t(`labels.type.${org.type}`),
        required: anyOf(rule.types.map((x) => t(`labels.type.${x}`))),
      });
    case 'age': {
      const months = monthsBetween(org.registeredAt, input.now);
      if (rule.minMonths !== undefined && months < rule.minMonths) {
        return {
          kind: rule.kind,
          met: false,
          explanation: t('eligibility.age.tooYoung', { months, min: rule.minMonths }),
        };
      }
      if (rule.maxMonths !== undefined && months > rule.maxMonths) {
        return {
          kind: rule.kind,
          met: false,
          explanation: t('eligibility.age.tooOld', { months, max: rule.maxMonths }),
        };
      }
      return { kind: rule.kind, met: true, explanation: t('eligibility.age.met', { months }) };
    }
    case 'employees':
      // Organisations state no number of employees on the platform: the rule cannot be met, and says so.
      return { kind: rule.kind, met: false, explanation: t('eligibility.employees.unknown') };
    case 'areas': {
      const name = (code: string) => input.areaName(code) ?? code;
      const shared = org.areas.filter((a) => rule.areas.some((r) => inArea(a, r)));
      return shared.length > 0
        ? verdict(true, 'areas', { actual: allOf(shared.map(name)) })
        : verdict(false, 'areas', { required: anyOf(rule.areas.map(name)) });
    }
    case 'not_received_within': {
      const last = input.lastReceivedAt;
      const again = last ? addMonths(last, rule.months) : null;
      return last && again && input.now < again
        ? verdict(false, 'notReceived', { months: rule.months, date: again.toISOString().slice(0, 10) })
        : verdict(true, 'notReceived', { months: rule.months });
    }
  }
}
