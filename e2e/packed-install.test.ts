// Every package under packages/ is packed, then installed from its tarball into a fresh npm project outside the
// workspace, and loaded there the way a user would: ESM import, CJS require, publint, arethetypeswrong.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTypesExports } from './support/check-types-exports.js';
import { createLimiter } from './support/create-limiter.js';
import { dependencyClosure } from './support/dependency-closure.js';
import { directorySize } from './support/directory-size.js';
import { installTarballs } from './support/install-tarballs.js';
import { type LockedPackage, readInstalledPackages } from './support/installed-lockfile.js';
import { isTypesOnly } from './support/is-types-only.js';
import { lintPackageTarball } from './support/lint-package-tarball.js';
import { packPackages } from './support/pack-packages.js';
import { readTarballManifest } from './support/read-tarball-manifest.js';
import { repoRoot } from './support/repo-root.js';
import { runCommand } from './support/run-command.js';
import { listPublishedPackages } from './support/workspace-packages.js';

type LoadResults = Record<string, { exports?: string[]; file?: string; error?: string }>;

const packages = listPublishedPackages();
const packageNames = new Set(packages.map((pkg) => pkg.name));
const fixtures = path.join(repoRoot, 'e2e/fixtures');
/** The design's budget for `@org/chat` with everything it installs. */
const CHAT_INSTALLED_BUDGET = 3 * 1024 * 1024;

const loadFixtures = ['load-packages.mjs', 'load-packages.cjs', 'packed-smoke.mjs', 'packed-smoke.cjs'];
/** Import each zod entry and call its helpers (zod-helpers.mjs says what they print). */
const zodFixtures = ['zod-helpers.mjs', 'zod-helpers.cjs'];

let workDir = '';
let projectDir = '';
let tarballs = new Map<string, string>();
let installed: LockedPackage[] = [];
let esmLoad: LoadResults = {};
let cjsLoad: LoadResults = {};
let typeProblems = new Map<string, Promise<string[]>>();

async function runInProject(script: string, args: string[] = [], cwd = projectDir): Promise<string> {
  const result = await runCommand(process.execPath, [script, ...args], { cwd, timeoutMs: 60_000 });
  if (result.code !== 0) throw new Error(`${script} exited ${result.code}:\n${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), 'packed-install-'));
  projectDir = path.join(workDir, 'project');
  mkdirSync(projectDir);
  tarballs = await packPackages(packages, path.join(workDir, 'tarballs'));
  // attw takes seconds per package: start it now, two at a time, and let each test await its own result.
  const limit = createLimiter(2);
  typeProblems = new Map([...tarballs].map(([name, tarball]) => [name, limit(() => checkTypesExports(tarball))]));
  await installTarballs(projectDir, [...tarballs.values()]);
  installed = readInstalledPackages(projectDir);
  for (const fixture of [...loadFixtures, ...zodFixtures]) {
    copyFileSync(path.join(fixtures, fixture), path.join(projectDir, fixture));
  }
  const names = JSON.stringify([...packageNames]);
  esmLoad = JSON.parse(await runInProject('load-packages.mjs', [names])) as LoadResults;
  cjsLoad = JSON.parse(await runInProject('load-packages.cjs', [names])) as LoadResults;
}, 600_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe.each(packages)('$name, packed and installed alone', (pkg) => {
  it('declares sideEffects: false and explicit exports without wildcards', () => {
    expect(pkg.manifest.sideEffects).toBe(false);
    expect(pkg.manifest.exports).toBeTypeOf('object');
    const wildcards = JSON.stringify(pkg.manifest.exports).match(/"[^"]*\*[^"]*"/g) ?? [];
    expect(wildcards).toEqual([]);
  });

  it('publishes only @org/core and its declared dependencies, with real version ranges', async () => {
    const tarball = tarballs.get(pkg.name) as string;
    const published = await readTarballManifest(tarball);
    const dependencies = published.dependencies ?? {};
    expect(Object.keys(dependencies).sort()).toEqual(Object.keys(pkg.manifest.dependencies ?? {}).sort());
    for (const [name, range] of Object.entries({ ...dependencies, ...published.peerDependencies })) {
      expect(range, `${name} range`).not.toMatch(/^workspace:/);
      if (name.startsWith('@org/')) expect(packageNames, `${name} is a workspace package`).toContain(name);
    }
    // Resource packages never depend on each other: only the umbrella depends on many.
    const orgDependencies = Object.keys(dependencies).filter((name) => name.startsWith('@org/'));
    if (pkg.name !== '@org/openai') expect(orgDependencies.filter((name) => name !== '@org/core')).toEqual([]);

    const entry = installed.find((locked) => locked.location === `node_modules/${pkg.name}`);
    expect(entry?.resolved, 'installed from its tarball').toMatch(new RegExp(`${path.basename(tarball)}$`));
    const pulledOrg = dependencyClosure(installed, pkg.name)
      .map((locked) => locked.name)
      .filter((name) => name.startsWith('@org/') && name !== pkg.name);
    expect(new Set(pulledOrg)).toEqual(new Set(orgDependencies));
  });

  it('publishes its exports without the workspace-only @org/source condition (.pnpmfile.mjs strips it)', async () => {
    const published = await readTarballManifest(tarballs.get(pkg.name) as string);
    expect(Object.keys(published.exports as object)).toEqual(Object.keys(pkg.manifest.exports as object));
    expect(JSON.stringify(published.exports)).not.toContain('@org/source');
  });

  it('passes publint', async () => {
    expect(await lintPackageTarball(tarballs.get(pkg.name) as string)).toEqual([]);
  });

  it('passes arethetypeswrong', { timeout: 300_000 }, async () => {
    expect(await typeProblems.get(pkg.name)).toEqual([]);
  });

  it('loads with ESM import from the installed tarball', () => {
    const loaded = esmLoad[pkg.name];
    expect(loaded?.error).toBeUndefined();
    expect(loaded?.file).toContain(`${projectDir}/node_modules/${pkg.name}/`);
    if (isTypesOnly(pkg)) expect(loaded?.exports).toEqual([]);
    else expect(loaded?.exports?.length).toBeGreaterThan(0);
  });

  it('loads with CJS require, with the same exports as ESM', () => {
    const loaded = cjsLoad[pkg.name];
    expect(loaded?.error).toBeUndefined();
    expect(loaded?.file).toContain(`${projectDir}/node_modules/${pkg.name}/`);
    const named = (exports: string[] | undefined) => (exports ?? []).filter((name) => name !== 'default');
    expect(named(loaded?.exports)).toEqual(named(esmLoad[pkg.name]?.exports));
  });
});

describe('the packed packages together', () => {
  it('install one copy of each @org package, every one from its tarball', () => {
    const org = installed.filter((locked) => locked.name.startsWith('@org/'));
    expect(org.map((locked) => locked.location).sort()).toEqual(
      [...packageNames].map((n) => `node_modules/${n}`).sort(),
    );
    for (const locked of org) expect(locked.resolved, locked.name).toMatch(/^file:.*\.tgz$/);
  });

  it.each(['packed-smoke.mjs', 'packed-smoke.cjs'])('answer a call and a stream (%s)', async (script) => {
    expect(JSON.parse(await runInProject(script))).toEqual({ reply: 'Hello', streamed: 'Hello' });
  });

  it.skipIf(!packageNames.has('@org/chat'))('keep @org/chat with its dependencies within 3 MiB installed', () => {
    const closure = dependencyClosure(installed, '@org/chat');
    const bytes = closure.reduce((sum, locked) => sum + directorySize(path.join(projectDir, locked.location)), 0);
    const nestedFree = closure.every((locked) => !locked.location.includes('/node_modules/@org/'));
    expect(nestedFree).toBe(true);
    expect(bytes).toBeLessThanOrEqual(CHAT_INSTALLED_BUDGET);
  });
});

/** Each zod entry with the helpers it exports; zod is an optional peer, so the packed project above has none. */
const zodHelpers: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    '@org/core/zod': ['toStrictJsonSchema', 'parseWithSchema', 'zodTool'],
    '@org/chat/zod': ['zodResponseFormat', 'zodTool'],
    '@org/responses/zod': ['zodTextFormat', 'zodTool'],
    '@org/assistants/zod': ['zodTool'],
    '@org/realtime/zod': ['zodTool'],
    '@org/openai/helpers/zod': ['zodResponseFormat', 'zodTextFormat', 'zodFunction'],
  }).filter(([entry]) => packageNames.has(entry.split('/').slice(0, 2).join('/'))),
);

/** What a zod helper throws without zod 3.25 or later, with the code of Node's error loading `zod/v4/core`. */
function missingZod(helper: string, causeCode: string) {
  return {
    name: 'MissingDependencyError',
    dependency: 'zod',
    message: `${helper} needs zod 3.25 or later, or zod 4, and zod is not installed or too old to have 'zod/v4/core': install it (npm install zod)`,
    causeCode,
  };
}

describe('the zod entries, packed and installed without zod', () => {
  it.each([
    ['zod-helpers.mjs', 'ERR_MODULE_NOT_FOUND'],
    ['zod-helpers.cjs', 'MODULE_NOT_FOUND'],
  ])(
    'load, and each helper throws MissingDependencyError naming it and saying to install zod (%s)',
    async (script, code) => {
      expect(await runInProject('-e', ["require.resolve('zod')"]).catch(() => 'no zod')).toBe('no zod');
      const results = JSON.parse(await runInProject(script, [JSON.stringify(zodHelpers)])) as Record<string, unknown>;
      const expected = Object.entries(zodHelpers).flatMap(([entry, helpers]) =>
        helpers.map((helper) => [`${entry} ${helper}`, missingZod(helper, code)]),
      );
      expect(results).toEqual(Object.fromEntries(expected));
    },
  );
});

describe.skipIf(!packageNames.has('@org/chat'))('@org/chat/zod, packed and installed with zod 3.24', () => {
  let oldZodDir = '';

  beforeAll(async () => {
    // zod 3.24 has no `zod/v4/core` subpath: the common case of an app that has not moved to zod 3.25 or 4.
    oldZodDir = path.join(workDir, 'old-zod');
    mkdirSync(oldZodDir);
    const core = tarballs.get('@org/core') as string;
    const chat = tarballs.get('@org/chat') as string;
    // npm refuses zod 3.24 against the peer range; an app gets there with --legacy-peer-deps, or with pnpm or yarn,
    // which only warn.
    await installTarballs(oldZodDir, [core, chat, 'zod@3.24.4'], ['--legacy-peer-deps']);
    for (const fixture of zodFixtures) copyFileSync(path.join(fixtures, fixture), path.join(oldZodDir, fixture));
  }, 300_000);

  it.each(['zod-helpers.mjs', 'zod-helpers.cjs'])(
    'loads, and zodResponseFormat throws MissingDependencyError saying to install zod (%s)',
    async (script) => {
      const helpers = { '@org/chat/zod': ['zodResponseFormat'] };
      const results = JSON.parse(await runInProject(script, [JSON.stringify(helpers)], oldZodDir));
      expect(results).toEqual({
        '@org/chat/zod zodResponseFormat': missingZod('zodResponseFormat', 'ERR_PACKAGE_PATH_NOT_EXPORTED'),
      });
    },
  );
});

describe.skipIf(!packageNames.has('@org/chat'))('@org/chat/zod, packed and installed with zod 3.25', () => {
  const fixtures325 = ['zod-v4-of-zod-3.mjs', 'zod-v4-of-zod-3.cjs'];
  let zod325Dir = '';

  beforeAll(async () => {
    // zod 3.25 is the oldest in the peer range: its zod 4 is `zod/v4`, which the loaded `zod/v4/core` must serve.
    zod325Dir = path.join(workDir, 'zod-3.25');
    mkdirSync(zod325Dir);
    const core = tarballs.get('@org/core') as string;
    const chat = tarballs.get('@org/chat') as string;
    await installTarballs(zod325Dir, [core, chat, 'zod@3.25.76']);
    for (const fixture of fixtures325) copyFileSync(path.join(fixtures, fixture), path.join(zod325Dir, fixture));
  }, 300_000);

  it.each(fixtures325)('takes a zod/v4 schema and refuses a zod 3 one with its own message (%s)', async (script) => {
    expect(JSON.parse(await runInProject(script, [], zod325Dir))).toEqual({
      schema: {
        type: 'object',
        properties: { city: { type: 'string' } },
        required: ['city'],
        additionalProperties: false,
      },
      parsed: { city: 'Oslo' },
      zod3Error: {
        name: 'InvalidInputError',
        message:
          "Invalid `response_format place`: expected a zod 4 schema: with zod 3.25 or later, import { z } from 'zod/v4'",
      },
    });
  });
});
