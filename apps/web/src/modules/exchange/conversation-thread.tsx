import type { LocalizedText } from '@innobridge/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Space, Tag } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api-client.js';
import { FileButton } from '../../shared/file-button.js';
import { countUpTo, useFormRules } from '../../shared/form-rules.js';
import { useFormat } from '../../shared/format.js';
import { Instant } from '../../shared/instant.js';
import { LocalizedTextView } from '../../shared/localized-text.js';
import { TranslateAction } from '../../shared/translate-action.js';
import { useFormSubmit } from '../../shared/use-form-submit.js';
import {
  ACCEPTED_ATTACHMENT_TYPES,
  attachmentUrl,
  type ConversationThread,
  exchangeApi,
  exchangeKeys,
  MAX_ATTACHMENT_MB,
  type MessageView,
} from './exchange.api.js';
import './exchange.css';

type Names = Record<string, LocalizedText>;

function Message({ message, conversationId, names }: { message: MessageView; conversationId: string; names: Names }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className={message.mine ? 'thread-item message-mine' : 'thread-item message-theirs'}>
      <div className="thread-meta">
        <strong>{message.authorName}</strong>
        <span className="muted">
          <LocalizedTextView text={names[message.organizationId]} empty="" />
        </span>
        {message.mine && <Tag>{t('exchange.conversations.you')}</Tag>}
        <Instant at={message.createdAt} className="muted" />
      </div>
      {message.body && <p className="multiline thread-body">{message.body}</p>}
      {message.body && !message.mine && (
        <TranslateAction source={{ kind: 'message', conversationId, messageId: message.id }} />
      )}
      {message.attachments.length > 0 && (
        <ul className="plain-list attachment-list">
          {message.attachments.map((attachment) => (
            <li key={attachment.id}>
              <a href={attachmentUrl(conversationId, attachment.id)} target="_blank" rel="noopener noreferrer">
                {attachment.fileName}
                <span className="visually-hidden"> {t('documents.opensInNewTab')}</span>
              </a>{' '}
              <span className="muted">{format.fileSize(attachment.size)}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The messages, oldest first, in a region that keeps the newest in view. */
export function MessageList({ thread }: { thread: ConversationThread }) {
  const { t } = useTranslation();
  const end = useRef<HTMLDivElement>(null);
  const { conversation, messages } = thread;
  const names: Names = {
    [conversation.ours.id]: conversation.ours.name,
    [conversation.theirs.id]: conversation.theirs.name,
  };
  const last = messages.at(-1)?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again only when a message arrives
  useEffect(() => {
    // A block body: newer browsers' scrollIntoView returns a promise, which an effect must not.
    end.current?.scrollIntoView({ block: 'nearest' });
  }, [last]);
  if (messages.length === 0) return <p className="muted">{t('exchange.conversations.emptyThread')}</p>;
  return (
    // A scrolling region must be reachable by keyboard to be read.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the region scrolls
    <section className="conversation-scroll" tabIndex={0} aria-label={t('exchange.conversations.messages')}>
      <ol className="thread">
        {messages.map((message) => (
          <Message key={message.id} message={message} conversationId={conversation.id} names={names} />
        ))}
      </ol>
      <div ref={end} />
    </section>
  );
}

type ComposerValues = { body?: string };

/** A message, a file, or both; the file goes as a multipart upload with the text before it. */
export function Composer({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation(['app', 'errors']);
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ComposerValues>();
  const [file, setFile] = useState<File | null>(null);
  const { submit, isSubmitting, problemAlert } = useFormSubmit({
    form,
    fieldPaths: ['body'],
    submit: (values: ComposerValues) => {
      const body = values.body?.trim() ?? '';
      if (!file) return exchangeApi.sendMessage(conversationId, body);
      if (file.size > MAX_ATTACHMENT_MB * 1024 * 1024) {
        // The API would refuse it too; this saves sending ten megabytes for nothing.
        throw new ApiError(413, 'file_too_large', t('errors:file_too_large', { max: MAX_ATTACHMENT_MB }));
      }
      return exchangeApi.sendAttachment(conversationId, file, body || undefined);
    },
    onSuccess: async (sent) => {
      form.resetFields();
      setFile(null);
      queryClient.setQueryData<ConversationThread>(exchangeKeys.conversation(conversationId), (thread) =>
        thread ? { ...thread, messages: [...thread.messages, sent] } : thread,
      );
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.conversationList });
    },
  });
  const rules = useFormRules();
  const bodyOrFile = {
    validator: async (_: unknown, body: string | undefined) => {
      if (!file && !body?.trim()) throw new Error(t('exchange.conversations.messageOrFile'));
    },
  };
  return (
    <div className="composer">
      {problemAlert}
      <Form form={form} name={`composer-${conversationId}`} layout="vertical" onFinish={submit}>
        <Form.Item name="body" label={t('exchange.conversations.message')} rules={[bodyOrFile, rules.maxChars(10000)]}>
          <Input.TextArea {...countUpTo(10000)} autoSize={{ minRows: 3, maxRows: 10 }} />
        </Form.Item>
        <p className="muted">{t('exchange.conversations.attachHint', { max: MAX_ATTACHMENT_MB })}</p>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={isSubmitting}>
            {t('exchange.conversations.send')}
          </Button>
          {file ? (
            <span className="chosen-file">
              {file.name}
              <Button
                size="small"
                type="link"
                onClick={() => setFile(null)}
                aria-label={t('exchange.conversations.removeFile', { name: file.name })}
              >
                {t('documents.remove')}
              </Button>
            </span>
          ) : (
            <FileButton
              size="middle"
              accept={ACCEPTED_ATTACHMENT_TYPES}
              label={t('exchange.conversations.attach')}
              onFile={(chosen) => {
                setFile(chosen);
                // A file alone is a message: the "write something" problem no longer applies.
                form.setFields([{ name: 'body', errors: [] }]);
              }}
            />
          )}
        </Space>
      </Form>
    </div>
  );
}
