import { existsSync } from 'node:fs';
import { type APIRequestContext, type Browser, type BrowserContext, chromium } from 'playwright-core';
import { expect } from 'vitest';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium (never a downloaded browser). A missing browser fails the run, it never skips it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. Install it with \`apt-get install -y chromium fonts-noto-cjk\` ` +
        'or point CHROMIUM_PATH at a Chromium executable. The browser tests cannot run without it.',
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/**
 * A reader's browser on the platform, in their language (and time zone), at a desktop size. No
 * animations (the app follows the system's wish): the accessibility check reads a page at rest.
 */
export function readerContext(
  browser: Browser,
  baseURL: string,
  reader: { locale: string; timezoneId?: string; height?: number },
): Promise<BrowserContext> {
  return browser.newContext({
    reducedMotion: 'reduce',
    baseURL,
    locale: reader.locale,
    ...(reader.timezoneId ? { timezoneId: reader.timezoneId } : {}),
    viewport: { width: 1280, height: reader.height ?? 900 },
  });
}

/** A JSON POST with the browser's cookies and the platform's Origin (the API refuses unsafe requests without it); it must succeed. */
export async function postJson(request: APIRequestContext, origin: string, path: string, data: unknown) {
  const response = await request.post(path, { data, headers: { Origin: origin } });
  expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
  return response;
}
