import { Input } from 'antd';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './search-box.css';

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

/**
 * A search box whose text lives in the page's address, so that a search can be shared and reloaded.
 * A text over the limit is never cut: the box counts it, says the limit, and does not search it.
 */
export function SearchBox({
  value,
  label,
  placeholder,
  onSearch,
  className = 'search-input',
  maxLength = 200,
  withButton = true,
}: SearchBoxProps) {
  const { t } = useTranslation(['app', 'errors']);
  const [length, setLength] = useState(value?.length ?? 0);
  useEffect(() => setLength(value?.length ?? 0), [value]);
  const over = length > maxLength;
  const problem = useId();
  return (
    <>
      <Input.Search
        key={value ?? ''}
        className={className}
        aria-label={label}
        aria-invalid={over || undefined}
        aria-describedby={over ? problem : undefined}
        placeholder={placeholder}
        defaultValue={value}
        allowClear
        enterButton={withButton ? t('action.search') : undefined}
        count={{ show: over, max: maxLength }}
        status={over ? 'error' : undefined}
        onChange={(event) => setLength(event.target.value.length)}
        onSearch={(text) => {
          if (text.length > maxLength) return;
          onSearch(text.trim() || undefined);
        }}
      />
      {over && (
        <p id={problem} className="search-box-problem" role="alert">
          {t('errors:field.too_long', { max: maxLength })}
        </p>
      )}
    </>
  );
}
