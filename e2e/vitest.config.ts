import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['e2e/**/*.e2e.ts'],
    // One browser and one platform at a time: the journeys are long and share nothing.
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 180_000,
    // Once in several full runs the account page stopped answering in the two-factor journey (a click
    // waited 30 s for the page to settle); it passes alone every time. Until that hang is found, a
    // failed journey is run once more — both runs assert the same.
    retry: 1,
    hookTimeout: 180_000,
    // A page reads the API before it shows anything; on a busy machine that takes more than a second.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    reporters: ['default'],
  },
});
