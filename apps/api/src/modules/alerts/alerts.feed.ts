import { type Locale, type Opportunity, pickLocalized } from '@innobridge/contracts';
import type { SavedSearchRow } from './alerts.repository.js';

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 does not allow.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is removed
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** The search page with a saved search's parameters. */
export function searchPath(query: SavedSearchRow['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `/exchange?${text}` : '/exchange';
}

/**
 * A saved search's newest results as an Atom 1.0 feed (RFC 4287), in its owner's language: titles and
 * summaries in that language when written in it, else in the first language they were written in.
 */
export function atomFeed(input: {
  search: SavedSearchRow;
  results: Opportunity[];
  locale: Locale;
  publicUrl: string;
  selfUrl: string;
}): string {
  const { search, results, locale, publicUrl } = input;
  const updated = results.reduce(
    (latest, o) => (o.publishedAt && o.publishedAt > latest ? o.publishedAt : latest),
    search.updatedAt.toISOString(),
  );
  const entries = results.map((o) => {
    const title = pickLocalized(o.title, locale);
    const summary = pickLocalized(o.summary, locale);
    const organization = pickLocalized(o.organizationName, locale)?.text ?? '';
    const link = `${publicUrl}/opportunities/${o.id}`;
    const lang = title?.lang ? ` xml:lang="${title.lang}"` : '';
    return `  <entry>
    <id>urn:uuid:${o.id}</id>
    <title${lang}>${escapeXml(title?.text ?? '')}</title>
    <updated>${o.publishedAt ?? o.updatedAt}</updated>
    <published>${o.publishedAt ?? o.createdAt}</published>
    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>
    <author><name>${escapeXml(organization)}</name></author>
    <summary${summary?.lang ? ` xml:lang="${summary.lang}"` : ''}>${escapeXml(summary?.text ?? '')}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">
  <id>urn:uuid:${search.id}</id>
  <title>${escapeXml(search.name)}</title>
  <updated>${updated}</updated>
  <author><name>Innobridge</name></author>
  <generator>Innobridge</generator>
  <link rel="self" type="application/atom+xml" href="${escapeXml(input.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(`${publicUrl}${searchPath(search.query)}`)}"/>
${entries.join('\n')}
</feed>
`;
}
