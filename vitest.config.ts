import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'tests/crash/**/*.test.ts', 'scripts/**/*.test.{ts,mjs}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    // Tests that do not name a Kupu folder of their own never read or write the real one.
    env: { KUPU_HOME: join(import.meta.dirname, '.tmp', 'vitest-home') },
  },
});
