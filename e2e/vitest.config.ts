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
    hookTimeout: 180_000,
    // A page reads the API before it shows anything; on a busy machine that takes more than a second.
    expect: { poll: { timeout: 10_000, interval: 100 } },
    reporters: ['default'],
  },
});
