import { Button } from 'antd';
import { type ReactNode, useRef } from 'react';

type FileButtonProps = {
  label: string;
  /** The button's name for screen readers, when the label alone does not say what is uploaded. */
  accessibleName?: string;
  /** The `accept` list of the file picker (MIME types and extensions). */
  accept: string;
  loading?: boolean;
  onFile: (file: File) => void;
  primary?: boolean;
  size?: 'small' | 'middle';
  icon?: ReactNode;
};

/** A button that opens the file picker; the input itself stays out of sight and out of the tab order. */
export function FileButton({
  label,
  accessibleName,
  accept,
  loading = false,
  onFile,
  primary = false,
  size = 'small',
  icon,
}: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        // Inside a form, Ant Design's styles show file inputs as blocks: `hidden` alone would not hide it.
        style={{ display: 'none' }}
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Clearing the input lets the same file be chosen again after a refusal.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <Button
        size={size}
        type={primary ? 'primary' : 'default'}
        loading={loading}
        icon={icon}
        aria-label={accessibleName}
        onClick={() => input.current?.click()}
      >
        {label}
      </Button>
    </>
  );
}
