import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export type ReceivedMail = { file: string; to: string; subject: string; text: string };

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const unfolded = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < unfolded.length; i++) {
    const char = unfolded[i] as string;
    const hex = unfolded.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(char, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** RFC 2047 encoded words, as in `Subject: =?UTF-8?B?...?=`. */
function decodeHeader(value: string): string {
  return value.replace(/=\?([^?]+)\?([BQbq])\?([^?]*)\?=\s*/g, (_, _charset: string, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function splitPart(raw: string): { headers: Map<string, string>; body: string } {
  const match = /\r?\n\r?\n/.exec(raw);
  if (!match) return { headers: parseHeaders(raw), body: '' };
  return { headers: parseHeaders(raw.slice(0, match.index)), body: raw.slice(match.index + match[0].length) };
}

function decodeBody(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

/** The plain-text body of a message, whether it is a single part or multipart. */
function plainText(headers: Map<string, string>, body: string): string {
  const contentType = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!contentType.toLowerCase().startsWith('multipart/') || !boundary) return decodeBody(headers, body);
  for (const rawPart of body.split(`--${boundary}`)) {
    const part = splitPart(rawPart.replace(/^\r?\n/, ''));
    if ((part.headers.get('content-type') ?? '').toLowerCase().startsWith('text/plain')) {
      return decodeBody(part.headers, part.body);
    }
  }
  return '';
}

export function parseMail(file: string, raw: string): ReceivedMail {
  const { headers, body } = splitPart(raw);
  return {
    file,
    to: decodeHeader(headers.get('to') ?? ''),
    subject: decodeHeader(headers.get('subject') ?? ''),
    text: plainText(headers, body),
  };
}

async function readMailDir(mailDir: string): Promise<ReceivedMail[]> {
  let files: string[];
  try {
    files = (await readdir(mailDir)).filter((name) => name.endsWith('.eml')).sort();
  } catch {
    return [];
  }
  return Promise.all(files.map(async (name) => parseMail(name, await readFile(path.join(mailDir, name), 'utf8'))));
}

/** Waits for a message to `recipient` that was not there before (the mailer writes `.eml` files). */
export async function waitForMail(
  mailDir: string,
  recipient: string,
  options: { ignore?: ReadonlySet<string>; timeoutMs?: number } = {},
): Promise<ReceivedMail> {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  while (Date.now() < deadline) {
    const mail = (await readMailDir(mailDir)).find(
      (m) => m.to.toLowerCase().includes(recipient.toLowerCase()) && !options.ignore?.has(m.file),
    );
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No e-mail to ${recipient} arrived in ${mailDir}`);
}

/** The first link in the text that points at the given path of the platform. */
export function linkTo(mail: ReceivedMail, pathname: string): URL {
  for (const match of mail.text.matchAll(/https?:\/\/[^\s<>"')]+/g)) {
    const url = new URL(match[0]);
    if (url.pathname === pathname) return url;
  }
  throw new Error(`The e-mail "${mail.subject}" has no link to ${pathname}:\n${mail.text}`);
}
