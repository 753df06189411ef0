import { splitLinks } from '@innobridge/contracts';
import { Tabs } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/** A message's lines as written (e-mail text is laid out by its line breaks), long links wrapped. */
const TEXT_STYLE: CSSProperties = {
  whiteSpace: 'pre-wrap',
  overflowWrap: 'anywhere',
  fontFamily: 'inherit',
  margin: 0,
};
const FRAME_STYLE: CSSProperties = { width: '100%', height: '60vh', border: '1px solid #d9d9d9', background: '#fff' };

/** A link of the platform itself opens here; any other in a new tab, telling it nothing. */
function TextLink({ href }: { href: string }) {
  const sameSite = new URL(href, window.location.href).origin === window.location.origin;
  return sameSite ? (
    <a href={href}>{href}</a>
  ) : (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {href}
    </a>
  );
}

/** The text part as written, its links clickable; the text never becomes HTML. */
function TextPart({ text }: { text: string }) {
  return (
    <div style={TEXT_STYLE}>
      {splitLinks(text).map((piece, index) =>
        // The pieces of one text never move: their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        piece.href ? <TextLink key={index} href={piece.href} /> : <span key={index}>{piece.text}</span>,
      )}
    </div>
  );
}

/**
 * The HTML part in a sandbox: no scripts, no forms, no access to this page (a separate, opaque
 * origin), nothing loaded from elsewhere (it inherits this page's content security policy). Its
 * links open in a new tab.
 */
function HtmlPart({ html, title }: { html: string; title: string }) {
  const document = `<!doctype html><meta charset="utf-8"><base target="_blank"><meta name="referrer" content="no-referrer">${html}`;
  return (
    <iframe
      style={FRAME_STYLE}
      title={title}
      sandbox="allow-popups allow-popups-to-escape-sandbox"
      referrerPolicy="no-referrer"
      srcDoc={document}
    />
  );
}

/** A message's body: the HTML part when there is one (the text part beside it), else the text. */
export function MessageBody({ text, html }: { text: string | null; html: string | null }) {
  const { t } = useTranslation('mailbox');
  if (!html) return text ? <TextPart text={text} /> : <p>{t('mailbox.noBody')}</p>;
  if (!text) return <HtmlPart html={html} title={t('mailbox.htmlFrame')} />;
  return (
    <Tabs
      items={[
        { key: 'html', label: t('mailbox.html'), children: <HtmlPart html={html} title={t('mailbox.htmlFrame')} /> },
        { key: 'text', label: t('mailbox.text'), children: <TextPart text={text} /> },
      ]}
    />
  );
}
