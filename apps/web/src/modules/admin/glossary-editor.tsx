import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../shared/api-client.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { type GlossaryConcept, type GlossaryTerms, glossaryApi, glossaryKeys } from './glossary.api.js';
import { GlossaryAreaSelect } from './glossary-parts.js';

const LANGUAGES = ['ru', 'zh', 'en'] as const;
type Values = { area: string | null; terms: GlossaryTerms };
const FIELD_PATHS = ['area', 'terms', 'terms.ru', 'terms.zh', 'terms.en'] as const;

/** What the drawer edits: an existing concept, or a new one (with terms to start from, say a missed word). */
export type Editing = { concept: GlossaryConcept } | { draft: Values };

const valuesOf = (editing: Editing): Values =>
  'concept' in editing ? { area: editing.concept.area, terms: editing.concept.terms } : editing.draft;

/** Terms per language as tags: an operator types a word and presses Enter. */
function TermsField({ language }: { language: (typeof LANGUAGES)[number] }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={['terms', language]} label={t(`glossary.terms.${language}`)}>
      <Select
        mode="tags"
        open={false}
        suffixIcon={null}
        tokenSeparators={[';']}
        placeholder={t('glossary.termsPlaceholder')}
        aria-label={t(`glossary.terms.${language}`)}
        className="glossary-terms-input"
      />
    </Form.Item>
  );
}

/** The drawer that creates a concept or changes one's area and terms, as of the version read. */
export function GlossaryEditor({
  editing,
  onEdit,
  onClose,
}: {
  editing: Editing | null;
  /** Edits the concept as it is now (after someone else changed it). */
  onEdit: (editing: Editing) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const concept = editing && 'concept' in editing ? editing.concept : null;

  const submission = useFormSubmit<Values, GlossaryConcept>({
    form,
    fieldPaths: FIELD_PATHS,
    submit: (values) => {
      const body = {
        area: values.area ?? null,
        terms: { ru: values.terms.ru ?? [], zh: values.terms.zh ?? [], en: values.terms.en ?? [] },
      };
      return concept ? glossaryApi.update(concept.id, { version: concept.version, ...body }) : glossaryApi.create(body);
    },
    onSuccess: async (saved) => {
      message.success(t(concept ? 'glossary.saved' : 'glossary.created', { code: saved.id }));
      await queryClient.invalidateQueries({ queryKey: glossaryKeys.all });
      onClose();
    },
  });
  const { reset } = submission;

  useEffect(() => {
    if (editing) form.setFieldsValue(valuesOf(editing));
    reset();
  }, [editing, form, reset]);

  /** After a lost race: the concept as it is now, the operator's change to be made again. */
  const reload = async () => {
    if (!concept) return;
    const latest = await glossaryApi.get(concept.id);
    await queryClient.invalidateQueries({ queryKey: glossaryKeys.all });
    onEdit({ concept: latest });
  };

  return (
    <Drawer
      open={!!editing}
      onClose={onClose}
      size="large"
      title={concept ? t('glossary.editConcept', { code: concept.id }) : t('glossary.newConcept')}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('action.cancel')}</Button>
          <Button type="primary" loading={submission.isSubmitting} onClick={() => form.submit()}>
            {t('action.save')}
          </Button>
        </Space>
      }
    >
      {submission.problemAlert}
      {isApiError(submission.error, 'glossary_concept_changed') && (
        <Button className="glossary-reload" onClick={reload}>
          {t('glossary.reload')}
        </Button>
      )}
      <Form form={form} layout="vertical" name="glossary-concept" onFinish={submission.submit}>
        <Form.Item name="area" label={t('glossary.area')}>
          <GlossaryAreaSelect placeholder={t('glossary.noArea')} aria-label={t('glossary.area')} />
        </Form.Item>
        {LANGUAGES.map((language) => (
          <TermsField key={language} language={language} />
        ))}
      </Form>
    </Drawer>
  );
}
