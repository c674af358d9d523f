import path from 'node:path';
import { defineConfig } from 'vitest/config';

const repoRoot = import.meta.dirname;
const allTests = ['packages/*/src/**/*.test.ts', 'tools/*/src/**/*.test.ts', 'e2e/**/*.test.ts'];
// A package's `test` script runs `vitest run` in its own folder, which finds this config: only that folder's tests.
const folder = path.relative(repoRoot, process.cwd()).split(path.sep).join('/');
const include = folder === '' || folder.startsWith('..') ? allTests : [`${folder}/**/*.test.ts`];

export default defineConfig({
  root: repoRoot,
  // Workspace packages resolve to their `src/` through the `@org/source` export condition, so a test sees a sibling
  // package's current source without a build. Setting the list replaces Vite's defaults, which follow ours here.
  ssr: { resolve: { conditions: ['@org/source', 'module', 'node', 'development|production'] } },
  test: {
    include,
    // A package with no tests yet passes its `test` script; the root run still needs tests (scripts/test.mjs).
    passWithNoTests: true,
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
