import type { Locale, Translation, TranslationSettings, TranslationSource } from '@innobridge/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { membershipOf, useMe } from '../app/auth.js';
import { LANGUAGE_TAGS } from '../app/i18n.js';
import { useLocale } from '../app/use-interface-locale.js';
import { api } from './api-client.js';
import { ProblemAlert } from './problem.js';

const settingsKey = ['translation', 'settings'] as const;

/** Whether the platform translates for this reader: signed in, on an instance with a service configured. */
export function useTranslationAvailable(): boolean {
  const { me } = useMe();
  const settings = useQuery({
    queryKey: settingsKey,
    queryFn: () => api.get<TranslationSettings>('/translations/settings'),
    enabled: !!me,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return !!me && settings.data?.available === true;
}

type TranslateActionProps = {
  /** The text, by reference: the API reads it itself, with the rules of who may read it. */
  source: TranslationSource;
  /** The language the text is written in, when known: in the reader's own, there is nothing to offer. */
  language?: Locale;
  /** The organisation whose member wrote the text: its own members read what they wrote, untranslated. */
  writtenBy?: string;
};

/**
 * "Translate" beside a text someone wrote: the machine translation into the reader's language shows
 * below the original, marked as machine-made, and hides again. Absent without a translation service.
 */
export function TranslateAction({ source, language, writtenBy }: TranslateActionProps) {
  const available = useTranslationAvailable();
  const { me } = useMe();
  const reader = useLocale();
  if (!available || language === reader) return null;
  if (writtenBy && membershipOf(me, writtenBy)) return null;
  return <TranslateToggle source={source} target={reader} />;
}

function TranslateToggle({ source, target }: { source: TranslationSource; target: Locale }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  // Kept for the visit: hiding and showing again asks nothing more of the API.
  const translation = useQuery({
    queryKey: ['translation', source, target],
    queryFn: () => api.post<Translation>('/translations', { source, target }),
    enabled: shown,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  return (
    <div className="machine-translation-action">
      <Button type="link" size="small" aria-expanded={shown} onClick={() => setShown(!shown)}>
        {shown ? t('machineTranslation.hide') : t('machineTranslation.action')}
      </Button>
      {shown && translation.isPending && (
        <p className="muted" role="status">
          {t('machineTranslation.loading')}
        </p>
      )}
      {shown && translation.isError && <ProblemAlert error={translation.error} />}
      {shown && translation.data && (
        <div className="machine-translation">
          <p className="multiline" lang={LANGUAGE_TAGS[translation.data.target]}>
            {translation.data.text}
          </p>
          <p className="machine-translation-note muted">{t('machineTranslation.note')}</p>
        </div>
      )}
    </div>
  );
}
