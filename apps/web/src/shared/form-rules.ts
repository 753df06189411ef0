import { PASSWORD_MIN_LENGTH } from '@innobridge/contracts';
import type { FormRule } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The character counter of a text with a limit: "n / max", marked once the limit is crossed. The text
 * is never cut (no `maxLength`): what is typed or pasted stays, and the `maxChars` rule refuses it with
 * the limit stated, as the API would.
 */
export const countUpTo = (max: number) => ({ count: { show: true, max } });

/** The longest sign-in or authenticator code the API takes (a recovery code is the longest). */
export const CODE_MAX = 20;

/** Client-side checks with the same words the API uses for the same problems. */
export function useFormRules() {
  const { t, i18n } = useTranslation(['app', 'errors']);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the messages change with the language
  return useMemo(
    () => ({
      required: { required: true, message: t('errors:field.required') } satisfies FormRule,
      requiredText: { required: true, whitespace: true, message: t('errors:field.required') } satisfies FormRule,
      email: { type: 'email', message: t('errors:field.invalid_email') } satisfies FormRule,
      url: { type: 'url', message: t('errors:field.invalid_url') } satisfies FormRule,
      password: {
        min: PASSWORD_MIN_LENGTH,
        message: t('errors:password_too_short', { min: PASSWORD_MIN_LENGTH }),
      } satisfies FormRule,
      /** At most `max` characters (the API's `too_long`), to go with `countUpTo(max)` on the input. */
      maxChars: (max: number) => ({ max, message: t('errors:field.too_long', { max }) }) satisfies FormRule,
    }),
    [t, i18n.language],
  );
}
