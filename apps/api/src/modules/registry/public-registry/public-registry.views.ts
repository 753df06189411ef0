import { type Locale, pickLocalized, placeName } from '@innobridge/contracts';
import { translator } from '../../../lib/i18n.js';
import type { OrganizationRecord } from '../../organizations/index.js';
import { organizationOut } from '../../organizations/index.js';

/** A CSV cell: quoted, and defused when a spreadsheet would take it for a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The export's file: CSV (UTF-8 with BOM) or JSON, with headers and labels in the reader's language. */
export function exportFile(all: OrganizationRecord[], format: 'csv' | 'json', locale: Locale, now: Date) {
  const t = translator(locale, 'common');
  const stamp = now.toISOString().slice(0, 10);
  if (format === 'json') {
    return {
      contentType: 'application/json; charset=utf-8',
      fileName: `${t('export.fileName')}-${stamp}.json`,
      body: JSON.stringify(
        { generatedAt: now.toISOString(), count: all.length, items: all.map(organizationOut) },
        null,
        2,
      ),
    };
  }
  const columns: [string, (o: OrganizationRecord) => string][] = [
    [t('export.id'), (o) => o.id],
    [t('export.name'), (o) => pickLocalized(o.name, locale)?.text ?? ''],
    [t('export.nameRu'), (o) => o.name.ru ?? ''],
    [t('export.nameZh'), (o) => o.name.zh ?? ''],
    [t('export.nameEn'), (o) => o.name.en ?? ''],
    [t('export.type'), (o) => t(`orgType.${o.type}`)],
    [t('export.jurisdiction'), (o) => t(`jurisdiction.${o.jurisdiction}`)],
    [t('export.city'), (o) => placeName(o.place, o.city, locale)],
    [t('export.status'), (o) => t(`status.${o.status}`)],
    [t('export.statusSince'), (o) => o.statusSince?.toISOString().slice(0, 10) ?? ''],
    [t('export.legalId'), (o) => o.legalId],
    [t('export.website'), (o) => o.website ?? ''],
  ];
  const lines = [
    columns.map(([h]) => csvCell(h)).join(','),
    ...all.map((o) => columns.map(([, get]) => csvCell(get(o))).join(',')),
  ];
  // The byte-order mark makes spreadsheets read the file as UTF-8 (Chinese and Russian intact).
  return {
    contentType: 'text/csv; charset=utf-8',
    fileName: `${t('export.fileName')}-${stamp}.csv`,
    body: `\uFEFF${lines.join('\r\n')}\r\n`,
  };
}
