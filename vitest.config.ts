import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Integration suites start servers, clusters and load; two cores, so keep parallelism modest.
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
    // The workflow parser imports its JSON schema without an import attribute; let vite load it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
  },
});
