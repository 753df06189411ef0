import { Input } from 'antd';
import { useTranslation } from 'react-i18next';

type SearchBoxProps = {
  /** The searched text as the address keeps it; the box starts over when it changes there. */
  value: string | undefined;
  label: string;
  placeholder: string;
  /** The trimmed text, or undefined when the box was cleared. */
  onSearch: (value: string | undefined) => void;
  className?: string;
  maxLength?: number;
  /** A "Search" button after the box; without it, Enter searches. */
  withButton?: boolean;
};

/** A search box whose text lives in the page's address, so that a search can be shared and reloaded. */
export function SearchBox({
  value,
  label,
  placeholder,
  onSearch,
  className = 'search-input',
  maxLength = 200,
  withButton = true,
}: SearchBoxProps) {
  const { t } = useTranslation();
  return (
    <Input.Search
      key={value ?? ''}
      className={className}
      aria-label={label}
      placeholder={placeholder}
      defaultValue={value}
      allowClear
      enterButton={withButton ? t('action.search') : undefined}
      maxLength={maxLength}
      onSearch={(text) => onSearch(text.trim() || undefined)}
    />
  );
}
