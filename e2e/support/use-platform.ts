import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium, readerContext } from './browser.js';
import { type ReceivedMail, waitForMail } from './mailbox.js';
import { startTestPlatform, type TestPlatform, type TestPlatformOptions } from './platform.js';

export type Reader = Parameters<typeof readerContext>[2];

/** The platform under test and a browser to read it with, both ready inside the tests and hooks. */
export type PlatformInBrowser = Omit<TestPlatform, 'stop'> & {
  readonly browser: Browser;
  /** A reader's browser on the platform, in their language (and time zone), at a desktop size. */
  context(reader: Reader): Promise<BrowserContext>;
  /** Waits for a message to `recipient` in the platform's mailbox (see mailbox.ts). */
  waitForMail(recipient: string, options?: Parameters<typeof waitForMail>[2]): Promise<ReceivedMail>;
};

/**
 * Starts the platform (see startTestPlatform) and Chromium before the tests of the file, or of the
 * `describe` it is called in, and stops both after them. `env` may be a function, read when the
 * platform starts (for addresses of servers that hooks registered earlier start).
 */
export function usePlatform(
  options: { demoData?: boolean; env?: TestPlatformOptions['env'] | (() => TestPlatformOptions['env']) } = {},
): PlatformInBrowser {
  let platform: TestPlatform | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const env = typeof options.env === 'function' ? options.env() : options.env;
    const [launched, started] = await Promise.allSettled([
      launchChromium(),
      startTestPlatform({ demoData: options.demoData, env }),
    ]);
    if (launched.status === 'fulfilled') browser = launched.value;
    if (started.status === 'fulfilled') platform = started.value;
    for (const outcome of [launched, started]) if (outcome.status === 'rejected') throw outcome.reason;
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });
  const started = (): TestPlatform => {
    if (!platform) throw new Error('the platform is started before the tests (usePlatform registers a beforeAll)');
    return platform;
  };
  return {
    get url() {
      return started().url;
    },
    get dataDir() {
      return started().dataDir;
    },
    get mailDir() {
      return started().mailDir;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is launched before the tests (usePlatform registers a beforeAll)');
      return browser;
    },
    provisionUser: (user) => started().provisionUser(user),
    query: (text, values) => started().query(text, values),
    context(reader) {
      return readerContext(this.browser, started().url, reader);
    },
    waitForMail: (recipient, waitOptions) => waitForMail(started().mailDir, recipient, waitOptions),
  };
}
