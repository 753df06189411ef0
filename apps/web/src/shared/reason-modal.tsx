import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { FormModal } from './form-modal.js';
import { countUpTo, useFormRules } from './form-rules.js';
import { useFormSubmit } from './use-form-submit.js';

type ReasonModalProps<TResult> = {
  /** The form's name, which also prefixes its field's id. */
  name: string;
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  intro?: ReactNode;
  okText: string;
  danger?: boolean;
  /** The one text asked for: its API field, its label and hint, and its size. */
  field: { name: string; label: string; extra?: string; minRows?: number };
  send: (text: string) => Promise<TResult>;
  /** After a success; the dialog is already closed. */
  onSent: (result: TResult) => unknown;
  /** After a failure; returning true closes the dialog (someone else acted first, say). */
  onFailed?: (error: Error) => boolean | Promise<boolean>;
};

/** A decision that needs one text the other side will read: a reason, questions, a comment. */
export function ReasonModal<TResult>({
  name,
  open,
  onClose,
  title,
  intro,
  okText,
  danger = false,
  field,
  send,
  onSent,
  onFailed,
}: ReasonModalProps<TResult>) {
  const rules = useFormRules();
  const [form] = Form.useForm<Record<string, string>>();
  const submission = useFormSubmit({
    form,
    fieldPaths: [field.name],
    submit: (values: Record<string, string>) => send((values[field.name] ?? '').trim()),
    onSuccess: async (result) => {
      onClose();
      await onSent(result);
    },
    onError: async (error) => {
      if (await onFailed?.(error)) onClose();
    },
  });
  const minRows = field.minRows ?? 3;
  return (
    <FormModal
      form={form}
      name={name}
      open={open}
      title={title}
      intro={intro}
      okText={okText}
      danger={danger}
      submission={submission}
      onClose={onClose}
    >
      <Form.Item
        name={field.name}
        label={field.label}
        extra={field.extra}
        rules={[rules.requiredText, rules.maxChars(5000)]}
      >
        <Input.TextArea {...countUpTo(5000)} autoSize={{ minRows, maxRows: minRows * 3 }} />
      </Form.Item>
    </FormModal>
  );
}
