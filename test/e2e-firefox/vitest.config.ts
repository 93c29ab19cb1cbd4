import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Firefox e2e suite (npm run test:e2e:firefox): one Firefox, tests in order, in one file.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/e2e-firefox/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
