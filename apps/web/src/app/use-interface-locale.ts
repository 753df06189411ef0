import type { Locale, Me } from '@innobridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../shared/api-client.js';
import { meQuery } from './auth.js';
import { currentLocale, isLocale, readChosenLocale } from './i18n.js';
import { switchInterfaceLocale } from './locale.js';

export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : 'en';
}

/**
 * The interface language: chosen in this browser (kept in localStorage) and, for a signed-in person,
 * saved in their profile so that e-mails and other devices use it too.
 */
export function useInterfaceLocale() {
  const queryClient = useQueryClient();
  const locale = useLocale();

  const saveToProfile = useCallback(
    async (next: Locale) => {
      const me = queryClient.getQueryData(meQuery.queryKey);
      if (!me || me.locale === next) return;
      const updated = await api.patch<Me>('/me', { locale: next });
      queryClient.setQueryData(meQuery.queryKey, updated);
    },
    [queryClient],
  );

  const changeLocale = useCallback(
    async (next: Locale) => {
      await switchInterfaceLocale(next);
      await saveToProfile(next);
    },
    [saveToProfile],
  );

  /** After sign-in: a language chosen in this browser wins and is saved; otherwise the profile's applies. */
  const settleAfterSignIn = useCallback(
    async (me: Me) => {
      const chosenHere = readChosenLocale();
      if (chosenHere) await saveToProfile(chosenHere);
      else if (me.locale !== currentLocale()) await switchInterfaceLocale(me.locale);
    },
    [saveToProfile],
  );

  return { locale, changeLocale, settleAfterSignIn };
}
