import { useQuery } from '@tanstack/react-query';
import { Form, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { organizationQueryKey, organizationsApi } from '../organizations/index.js';
import { OpportunityFacts, OpportunityTextTabs, useTextLanguage } from './opportunity-details.js';
import { type OpportunityFormValues, previewOf } from './opportunity-form-values.js';
import { TypeTag } from './opportunity-parts.js';
import './exchange.css';

/** The opportunity as readers will see it, from what the form holds right now. */
export function OpportunityPreview({ form }: { form: FormInstance<OpportunityFormValues> }) {
  const { t } = useTranslation();
  // `preserve` keeps the values of fields that are not on screen (the other language tabs).
  const values = (Form.useWatch([], { form, preserve: true }) ?? form.getFieldsValue(true)) as OpportunityFormValues;
  const organizationId = values.organizationId;
  const organization = useQuery({
    queryKey: organizationQueryKey(organizationId ?? ''),
    queryFn: () => organizationsApi.get(organizationId ?? ''),
    enabled: !!organizationId,
  });
  const preview = previewOf(values, organization.data);
  const { lang, setLang, languages } = useTextLanguage(preview);

  return (
    <div className="opportunity-preview">
      <p className="section-intro">{t('exchange.editor.previewIntro')}</p>
      <article className="preview-card">
        <h2 className="preview-title">
          <LocalizedTextView text={preview.title} lang={lang} empty={t('exchange.editor.untitled')} />
        </h2>
        <p className="status-line">
          <TypeTag type={preview.type} />
          <LocalizedTextView text={preview.organizationName} empty="" />
        </p>
        <OpportunityTextTabs opportunity={preview} lang={lang} languages={languages} onChange={setLang} level={3} />
        <OpportunityFacts opportunity={preview} />
      </article>
    </div>
  );
}
