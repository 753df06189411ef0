import { useMutation } from '@tanstack/react-query';
import { Button, Input, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../app/use-interface-locale.js';
import { Section } from '../../shared/page.js';
import { ProblemAlert } from '../../shared/problem.js';
import { type FoundConcept, glossaryApi } from './glossary.api.js';

const TEXT_MAX = 20_000;

/** A concept's name in the reader's language, else in another it has. */
function useConceptLabel() {
  const locale = useLocale();
  return (found: FoundConcept) => found.label[locale] || found.label.en || found.label.ru || found.label.zh || found.id;
}

/**
 * A pasted text, and the concepts the matcher finds in it now: how an operator sees that a word is
 * missed, and after teaching it, that it is found.
 */
export function GlossaryTry({ onEdit }: { onEdit: (conceptId: string) => void }) {
  const { t } = useTranslation();
  const label = useConceptLabel();
  const [text, setText] = useState('');
  const tried = useMutation({ mutationFn: glossaryApi.tryText });
  const found = tried.data?.found;
  return (
    <Section title={t('glossary.tryTitle')}>
      <p className="muted">{t('glossary.tryIntro')}</p>
      <Input.TextArea
        aria-label={t('glossary.tryLabel')}
        placeholder={t('glossary.tryPlaceholder')}
        autoSize={{ minRows: 3, maxRows: 10 }}
        maxLength={TEXT_MAX}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="glossary-try-actions">
        <Button type="primary" onClick={() => tried.mutate(text)} loading={tried.isPending} disabled={!text.trim()}>
          {t('glossary.tryButton')}
        </Button>
      </div>
      <ProblemAlert error={tried.error} />
      {found && (
        <section aria-label={t('glossary.tryResults')} aria-live="polite" className="glossary-try-results">
          {found.length === 0 ? (
            <p>{t('glossary.tryNone')}</p>
          ) : (
            <>
              <p>{t('glossary.tryFound', { count: found.length })}</p>
              <ul className="glossary-found-list">
                {found.map((f) => (
                  <li key={f.id} className="glossary-found">
                    <span className="glossary-found-label">{label(f)}</span>{' '}
                    <Tag>{f.kind === 'area' ? t('glossary.kindArea') : t('glossary.kindGlossary')}</Tag>
                    <code className="glossary-code">{f.id}</code>
                    <span className="glossary-found-words">
                      {t('glossary.wordsFound', { words: f.words.join(' · ') })}
                    </span>
                    {f.kind === 'glossary' && (
                      <Button size="small" type="link" onClick={() => onEdit(f.id)}>
                        {t('glossary.editConcept', { code: f.id })}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </Section>
  );
}
