import { linksIn, type MailboxMessage, type MailboxMessageSummary } from '@innobridge/contracts';
import type { AddressObject, ParsedMail } from 'mailparser';

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  return [field ?? []].flat().flatMap((group) => group.value.map((a) => a.address ?? a.name).filter(Boolean));
}

/** `href` values of an HTML part, with the entities an address may carry decoded. */
function hrefsIn(html: string): string[] {
  return [...html.matchAll(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)]
    .map((m) =>
      (m[1] ?? m[2] ?? '')
        .replace(/&amp;/g, '&')
        .replace(/&#x3d;|&#61;/gi, '=')
        .trim(),
    )
    .filter((href) => /^https?:\/\//i.test(href));
}

/** A parsed .eml file as a line of the list. */
export function toSummary(id: string, mail: ParsedMail, writtenAt: Date): MailboxMessageSummary {
  return {
    id,
    to: addresses(mail.to),
    subject: mail.subject ?? '',
    sentAt: (mail.date ?? writtenAt).toISOString(),
  };
}

/** A parsed .eml file whole: its parts decoded, and its links. */
export function toMessage(id: string, mail: ParsedMail, writtenAt: Date): MailboxMessage {
  const html = typeof mail.html === 'string' && mail.html.trim() ? mail.html : null;
  const text = mail.text?.trim() ? mail.text : null;
  return {
    ...toSummary(id, mail, writtenAt),
    from: mail.from?.text ?? '',
    text,
    html,
    links: [...new Set([...linksIn(text ?? ''), ...(html ? hrefsIn(html) : [])])],
  };
}
