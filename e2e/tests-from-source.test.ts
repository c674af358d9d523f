// Tests run on the workspace's source, never on a stale build: every export entry carries the `@org/source`
// condition (pointing at `src/`), the root vitest config resolves `@org/*` imports with it, and each package's `test`
// script runs that config on the package's own tests. A build a test loads on purpose stays a build throughout.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/repo-root.js';
import { listWorkspacePackages } from './support/workspace-packages.js';

const SOURCE_CONDITION = '@org/source';

const packages = listWorkspacePackages().map((pkg) => ({
  ...pkg,
  entries: Object.entries((pkg.manifest.exports ?? {}) as Record<string, unknown>).filter(
    ([subpath]) => subpath !== './package.json',
  ),
}));

describe.each(packages)('$name', (pkg) => {
  it(`resolves every export entry to a src/ file first under ${SOURCE_CONDITION}`, () => {
    expect(pkg.entries.length).toBeGreaterThan(0);
    for (const [subpath, target] of pkg.entries) {
      const source = `./src/${subpath === '.' ? 'index' : subpath.slice(2)}.ts`;
      expect(Object.entries(target as Record<string, unknown>)[0], subpath).toEqual([SOURCE_CONDITION, source]);
      expect(existsSync(path.join(pkg.dir, source)), source).toBe(true);
    }
  });

  it('has a test script that runs its own tests with the root vitest config', () => {
    expect(pkg.manifest.scripts?.test).toBe('vitest run');
  });
});

describe('in a test', () => {
  const e2eManifest = JSON.parse(readFileSync(path.join(repoRoot, 'e2e/package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  const imported = packages
    .filter((pkg) => pkg.name in e2eManifest.devDependencies)
    .flatMap((pkg) =>
      pkg.entries.map(([subpath, target]) => ({
        specifier: path.posix.join(pkg.name, subpath),
        source: path.join(pkg.dir, (target as Record<string, string>)[SOURCE_CONDITION] as string),
      })),
    );

  it.each(imported)('$specifier is the module in src/, not a build', async ({ specifier, source }) => {
    expect(await import(/* @vite-ignore */ specifier)).toBe(await import(/* @vite-ignore */ source));
  });

  it("a package's source reaches its siblings' source too", async () => {
    const { zodTool } = await import('@org/chat/zod');
    expect(zodTool).toBe((await import('../packages/core/src/zod.js')).zodTool);
  });

  it("a build loaded on purpose reaches its siblings' builds, as in an app (needs pnpm build)", async () => {
    const built = (file: string) => import(/* @vite-ignore */ path.join(repoRoot, file));
    const { zodTool } = await built('packages/chat/dist/zod.js');
    expect(zodTool).toBe((await built('packages/core/dist/zod.js')).zodTool);
    expect(zodTool).not.toBe((await import('../packages/core/src/zod.js')).zodTool);
  });
});
