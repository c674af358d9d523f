import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages resolve to their `src/` through the `@org/source` export condition, so a test sees a sibling
  // package's current source without a build. Setting the list replaces Vite's defaults, which follow ours here.
  ssr: { resolve: { conditions: ['@org/source', 'module', 'node', 'development|production'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'tools/*/src/**/*.test.ts', 'e2e/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
