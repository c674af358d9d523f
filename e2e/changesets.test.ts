// `changeset version` run for real on a copy of the workspace's manifests: a change to one package releases that
// package and what depends on it, nothing else.
import { afterEach, describe, expect, it } from 'vitest';
import { type BumpType, ChangesetSandbox } from './support/changeset-sandbox.js';
import { listWorkspacePackages } from './support/workspace-packages.js';

const packages = listWorkspacePackages();
const has = (name: string) => packages.some((pkg) => pkg.name === name);
const originalVersions = new Map(packages.map((pkg) => [pkg.name, pkg.manifest.version]));
const dependentsOf = (name: string) =>
  packages
    .filter((pkg) => !pkg.manifest.private && { ...pkg.manifest.dependencies, ...pkg.manifest.peerDependencies }[name])
    .map((pkg) => pkg.name);

function bump(version: string, type: BumpType): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (type === 'major') return `${major + 1}.0.0`;
  if (type === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Package name → new version, for every package whose version changed. */
function releases(sandbox: ChangesetSandbox): Record<string, string> {
  const changed: Record<string, string> = {};
  for (const pkg of packages) {
    const version = sandbox.manifest(pkg.name).version;
    if (version !== originalVersions.get(pkg.name)) changed[pkg.name] = version;
  }
  return changed;
}

describe('releases with changesets', () => {
  let sandbox: ChangesetSandbox | undefined;
  afterEach(() => {
    sandbox?.dispose();
    sandbox = undefined;
  });

  const chatMissing = !has('@org/chat') || !has('@org/openai');
  it.skipIf(chatMissing)(
    `a change to @org/chat releases only @org/chat and the umbrella @org/openai${chatMissing ? ' (skipped: @org/chat or @org/openai is not in packages/ yet)' : ''}`,
    async () => {
      sandbox = new ChangesetSandbox();
      sandbox.addChangeset('chat-fix', { '@org/chat': 'patch' }, 'Fix the stream accumulator.');
      await sandbox.version();

      const expected: Record<string, string> = {};
      for (const name of ['@org/chat', ...dependentsOf('@org/chat')]) {
        expected[name] = bump(originalVersions.get(name) as string, 'patch');
      }
      expect(Object.keys(expected).sort()).toEqual(['@org/chat', '@org/openai']);
      expect(releases(sandbox)).toEqual(expected);
      expect(sandbox.changelog('@org/chat')).toContain('Fix the stream accumulator.');
      expect(sandbox.changelog('@org/openai')).toMatch(/Updated dependencies[\s\S]*@org\/chat@/);
    },
  );

  it('a minor change to @org/core releases it and patches every package that depends on it', async () => {
    sandbox = new ChangesetSandbox();
    sandbox.addChangeset('core-feature', { '@org/core': 'minor' }, 'Add a request hook.');
    await sandbox.version();

    const expected: Record<string, string> = {
      '@org/core': bump(originalVersions.get('@org/core') as string, 'minor'),
    };
    for (const name of dependentsOf('@org/core')) expected[name] = bump(originalVersions.get(name) as string, 'patch');
    expect(releases(sandbox)).toEqual(expected);
    expect(releases(sandbox)).not.toHaveProperty('@org/testing');
    for (const name of dependentsOf('@org/core')) {
      expect(sandbox.manifest(name).dependencies?.['@org/core'], name).toBe('workspace:^');
      expect(sandbox.changelog(name), name).toContain(`@org/core@${expected['@org/core']}`);
    }
  });
});
