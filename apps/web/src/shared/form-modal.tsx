import { Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What `useFormSubmit` gives a form: the submit, its state, its problem and the way to forget it. */
type Submission<TValues> = {
  submit: (values: TValues) => void;
  isSubmitting: boolean;
  problemAlert: ReactNode;
  reset: () => void;
};

type FormModalProps<TValues> = {
  form: FormInstance<TValues>;
  /** The form's name, which also prefixes its fields' ids. */
  name: string;
  open: boolean;
  title: ReactNode;
  intro?: ReactNode;
  okText: ReactNode;
  danger?: boolean;
  okDisabled?: boolean;
  submission: Submission<TValues>;
  onClose: () => void;
  children: ReactNode;
};

/**
 * A dialog that asks for a decision's details (a reason, a comment): OK submits the form, and closing
 * it forgets what was typed and the last problem.
 */
export function FormModal<TValues>({
  form,
  name,
  open,
  title,
  intro,
  okText,
  danger = false,
  okDisabled = false,
  submission,
  onClose,
  children,
}: FormModalProps<TValues>) {
  const { t } = useTranslation();
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      okButtonProps={{ danger, disabled: okDisabled }}
      cancelText={t('action.cancel')}
      confirmLoading={submission.isSubmitting}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => {
        form.resetFields();
        submission.reset();
      }}
      forceRender
    >
      {intro && <p>{intro}</p>}
      {submission.problemAlert}
      <Form form={form} name={name} layout="vertical" onFinish={submission.submit}>
        {children}
      </Form>
    </Modal>
  );
}
