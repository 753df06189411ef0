/** An http(s) address in running text: up to white space, a quote or an angle bracket. */
const LINK = /https?:\/\/[^\s<>"'`]+/g;
/** What ends a sentence after a link is not part of it. */
const TRAILING = /[.,;:!?)\]}»。，；：！？）]+$/;

/** One piece of a text: plain words, or a link and the address it opens. */
export type TextPiece = { text: string; href?: string };

/**
 * A message's text cut into plain words and links, in order, so that a page can make the links
 * clickable without ever putting the text into HTML.
 */
export function splitLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(LINK)) {
    const href = match[0].replace(TRAILING, '');
    if (!href.includes('://') || href.endsWith('://')) continue;
    if (match.index > at) pieces.push({ text: text.slice(at, match.index) });
    pieces.push({ text: href, href });
    at = match.index + href.length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}

/** The http(s) links of a text, each once, in the order they first appear. */
export function linksIn(text: string): string[] {
  return [...new Set(splitLinks(text).flatMap((piece) => (piece.href ? [piece.href] : [])))];
}
