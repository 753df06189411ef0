import { type Jurisdiction, type LegalIdIssue, validateLegalId } from '@innobridge/contracts';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

type Translate = TFunction<['app', 'errors']>;

/** The words the API would use for the same problem, from the shared `errors` namespace. */
export function describeLegalIdIssue(issue: LegalIdIssue, t: Translate): string {
  const { code, ...params } = issue;
  const kind = 'kind' in params ? t(`errors:legal_id_kind.${params.kind}`) : undefined;
  return t(`errors:field.${code}`, { ...params, kind } as Record<string, string | number | undefined>);
}

/** Checks the identifier's check digits while the person types, before anything is sent. */
export function legalIdRule(jurisdiction: Jurisdiction | undefined, t: Translate): FormRule {
  return {
    validator: async (_, value: string | undefined) => {
      if (!jurisdiction) return;
      const result = validateLegalId(jurisdiction, value ?? '');
      if (!result.ok) throw new Error(describeLegalIdIssue(result.issue, t));
    },
  };
}
