import { LOCALES, OTHER_PLACE, PLACES, type Place, placeByName } from '@innobridge/contracts';
import { Select } from 'antd';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_TAGS } from '../../app/i18n.js';
import { useLocale } from '../../app/use-interface-locale.js';

const byCode = new Map(PLACES.map((p) => [p.code, p]));

/** A place's name in the reader's language; "other" is the organisation's own text. */
/** A place's name where text is expected; where an element may stand, `PlaceName` marks a typed city as the user's. */
export function usePlaceName(): (place: string, city: string) => string {
  const locale = useLocale();
  return useCallback((place: string, city: string) => byCode.get(place)?.name[locale] ?? city, [locale]);
}

/** A listed place named in the reader's language; a city typed for "other" as typed, marked as the organisation's own text. */
export function PlaceName({ place, city }: { place: string; city: string }) {
  const placeName = usePlaceName();
  return byCode.has(place) ? placeName(place, city) : <span data-user-content>{city}</span>;
}

type Option = { value: string; label: string; search: string };
type Group = { label: string; options: Option[] };

/** Every name and alias in every language, lower-cased: a search in any language finds the place. */
const searchText = (p: Place) =>
  [...LOCALES.map((l) => p.name[l]), ...(p.aliases ?? [])].join('\n').toLocaleLowerCase();

/** The reference list grouped by country, in the reader's alphabetical order, with "other" last. */
function usePlaceOptions(withOther: boolean): Group[] {
  const { t } = useTranslation();
  const locale = useLocale();
  return useMemo(() => {
    const collator = new Intl.Collator(LANGUAGE_TAGS[locale]);
    const group = (country: 'RU' | 'CN') => ({
      label: t(`jurisdiction.${country}`),
      options: PLACES.filter((p) => p.country === country)
        .map((p) => ({ value: p.code, label: p.name[locale], search: searchText(p) }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    });
    const other = {
      label: t('place.otherGroup'),
      options: [{ value: OTHER_PLACE, label: t('place.other'), search: '' }],
    };
    return [group('RU'), group('CN'), ...(withOther ? [other] : [])];
  }, [t, locale, withOther]);
}

/** A searchable select of the reference list's cities and regions, names in the reader's language. */
export function PlaceSelect(props: {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** Offers "other" (the profile form); a filter offers it too, to find organisations from elsewhere. */
  withOther?: boolean;
  allowClear?: boolean;
  placeholder?: string;
  className?: string;
  'aria-label'?: string;
}) {
  const { withOther = true, value, ...rest } = props;
  const options = usePlaceOptions(withOther);
  // A link may name the place instead of giving its code ("?city=Beijing"): shown as the place.
  const code = value && !byCode.has(value) && value !== OTHER_PLACE ? (placeByName(value) ?? value) : value;
  return (
    <Select<string, Option>
      {...rest}
      value={code}
      showSearch={{
        // Groups are offered too: they have no search text of their own.
        filterOption: (input, option) => {
          const text = input.trim().toLocaleLowerCase();
          return !!option?.search && option.search.includes(text);
        },
      }}
      options={options as never}
    />
  );
}
