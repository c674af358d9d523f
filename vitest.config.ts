import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';

const repoRoot = import.meta.dirname;
const allTests = ['packages/*/src/**/*.test.ts', 'tools/*/src/**/*.test.ts', 'e2e/**/*.test.ts'];
// A package's `test` script runs `vitest run` in its own folder, which finds this config: only that folder's tests.
const folder = path.relative(repoRoot, process.cwd()).split(path.sep).join('/');
const include = folder === '' || folder.startsWith('..') ? allTests : [`${folder}/**/*.test.ts`];

/** Every workspace package's `exports` entries under the `@org/source` condition: `@org/core/internal` → its file. */
function readSourceEntries(): Map<string, string> {
  const entries = new Map<string, string>();
  for (const folder of readdirSync(path.join(repoRoot, 'packages'))) {
    const dir = path.join(repoRoot, 'packages', folder);
    let manifest: { name: string; exports?: Record<string, unknown> };
    try {
      manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    } catch {
      continue; // not a package (yet)
    }
    for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
      const source = (target as Record<string, unknown>)['@org/source'];
      if (typeof source === 'string') entries.set(path.posix.join(manifest.name, subpath), path.join(dir, source));
    }
  }
  return entries;
}

/**
 * Tests and the source they reach take workspace packages from `src/` (their `@org/source` export condition), so a
 * test sees a sibling's current source without a build. A plugin rather than Vite's `resolve.conditions`: vitest
 * passes those to Node too, and Node would then load `.ts` files for the builds some tests load on purpose.
 */
function workspaceSource(): Plugin {
  const entries = readSourceEntries();
  return { name: 'workspace-source', enforce: 'pre', resolveId: (id) => entries.get(id) };
}

export default defineConfig({
  root: repoRoot,
  plugins: [workspaceSource()],
  test: {
    include,
    // A package with no tests yet passes its `test` script; the root run still needs tests (scripts/test.mjs).
    passWithNoTests: true,
    // A build a test loads on purpose (`packages/*/dist/`) is loaded by Node itself, as an app would load it: its own
    // `@org/*` imports then take the builds too, never a mix of source and build.
    server: { deps: { external: [/\/packages\/[^/]+\/dist\//] } },
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
