import type { Locale } from '@innobridge/contracts';
import { translator } from '../../lib/i18n.js';
import type { ChainVerification } from './audit.service.js';

/**
 * A verification in words, in the reader's language: the same sentences as the admin page (the web
 * app's messages), so that the command and the page name a break alike.
 */
export function describeVerification(result: ChainVerification, locale: Locale): string[] {
  const t = translator(locale, 'admin');
  const lines: string[] = [];
  const b = result.break;
  if (!b) lines.push(t('admin.chainIntact', { checked: result.checked }));
  else if (b.kind === 'truncated')
    lines.push(t('admin.auditBreak.truncated', { seq: b.afterSeq, anchored: b.anchoredSeq }));
  else lines.push(t(`admin.auditBreak.${b.kind}`, { seq: b.seq ?? '—' }));
  if (b) lines.push(t('admin.auditChecked', { checked: result.checked, last: result.lastSeq }));
  const last = result.anchors.last;
  lines.push(last ? t('admin.lastAnchor', { seq: last.seq, at: last.at }) : t('admin.noAnchor'));
  return lines;
}
