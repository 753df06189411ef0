import { Button, Popconfirm } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmButtonProps = {
  /** The question the reader answers before anything happens. */
  confirm: ReactNode;
  /** The confirming button's text, usually the action's own name. */
  okText: string;
  onConfirm: () => void;
  loading?: boolean;
  primary?: boolean;
  danger?: boolean;
  children: ReactNode;
};

/** A button whose action is asked about first, in a small pop-up next to it. */
export function ConfirmButton({
  confirm,
  okText,
  onConfirm,
  loading = false,
  primary = false,
  danger = false,
  children,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={confirm}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText={t('action.cancel')}
      onConfirm={onConfirm}
    >
      <Button type={primary ? 'primary' : 'default'} danger={danger} loading={loading}>
        {children}
      </Button>
    </Popconfirm>
  );
}
