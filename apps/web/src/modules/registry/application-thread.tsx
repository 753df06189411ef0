import type { StatusApplication } from '@innobridge/contracts';
import { App, Button, Form, Input, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { isStaff, useMe } from '../../app/auth.js';
import { countUpTo, useFormRules } from '../../shared/form-rules.js';
import { Instant } from '../../shared/instant.js';
import { Section } from '../../shared/page.js';
import { TranslateAction } from '../../shared/translate-action.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import { registryApi } from './registry.api.js';
import { useApplicationUpdate } from './use-application-update.js';
import './registry.css';

type Message = StatusApplication['messages'][number];

const KIND_COLORS: Record<Message['kind'], string> = { info_request: 'warning', answer: 'blue', decision: 'purple' };

function AnswerForm({ application }: { application: StatusApplication }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const rules = useFormRules();
  const { applied, handleConflict } = useApplicationUpdate(application);
  const [form] = Form.useForm<{ message: string }>();
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['message'],
    submit: (values: { message: string }) => registryApi.answer(application.id, values.message.trim()),
    onSuccess: async (updated) => {
      form.resetFields();
      message.success(t('thread.answerSent'));
      await applied(updated);
    },
    onError: (error) => handleConflict(error),
  });
  return (
    <div className="answer-form">
      <h3 className="subheading">{t('thread.answerTitle')}</h3>
      <p className="section-intro">{t('thread.answerIntro')}</p>
      {problemAlert}
      <Form form={form} name="answer" layout="vertical" onFinish={submit}>
        <Form.Item name="message" label={t('thread.answerLabel')} rules={[rules.requiredText, rules.maxChars(5000)]}>
          <Input.TextArea {...countUpTo(5000)} autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={isSubmitting}>
          {t('thread.sendAnswer')}
        </Button>
      </Form>
    </div>
  );
}

/** The conversation of the review: the operator's questions, the applicant's answers, the decision. */
export function MessageThread({ application, canAnswer }: { application: StatusApplication; canAnswer: boolean }) {
  const { t } = useTranslation();
  const { me } = useMe();
  // The applicant's members wrote the answers; the operators, the requests and decisions.
  const writtenByReader = (item: Message) => (item.authorSide === 'operator' ? isStaff(me) : false);
  return (
    <Section title={t('thread.title')}>
      {application.messages.length === 0 ? (
        <p className="muted">{t('thread.empty')}</p>
      ) : (
        <ol className="thread">
          {application.messages.map((item) => (
            <li key={item.id} className={`thread-item thread-${item.authorSide}`}>
              <div className="thread-meta">
                <Tag color={KIND_COLORS[item.kind]}>{t(`thread.kind.${item.kind}`)}</Tag>
                <strong>{item.authorName}</strong>
                <span className="muted">{t(`thread.side.${item.authorSide}`)}</span>
                <Instant at={item.createdAt} className="muted" />
              </div>
              <p className="multiline thread-body">{item.body}</p>
              {!writtenByReader(item) && (
                <TranslateAction
                  source={{ kind: 'application_message', applicationId: application.id, messageId: item.id }}
                  writtenBy={item.authorSide === 'applicant' ? application.organizationId : undefined}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {canAnswer && application.state === 'info_requested' && <AnswerForm application={application} />}
    </Section>
  );
}
