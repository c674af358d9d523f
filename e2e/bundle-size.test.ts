// The gzip budgets of .size-limit.mjs, checked by size-limit itself so `pnpm size` and CI agree.
import { beforeAll, expect, it } from 'vitest';
import { listSizeScenarios, nodeOnlyPackages } from '../size/size-scenarios.mjs';
import { isTypesOnly } from './support/is-types-only.js';
import { repoRoot } from './support/repo-root.js';
import { runCommand } from './support/run-command.js';
import { listPublishedPackages } from './support/workspace-packages.js';

interface SizeResult {
  name: string;
  passed: boolean;
  size: number;
  sizeLimit: number;
}

const scenarios = await listSizeScenarios();
let results: SizeResult[] = [];

beforeAll(async () => {
  const run = await runCommand('pnpm', ['exec', 'size-limit', '--json'], { cwd: repoRoot });
  try {
    results = JSON.parse(run.stdout) as SizeResult[];
  } catch {
    throw new Error(`size-limit did not report (exit ${run.code}):\n${run.stderr}${run.stdout}`);
  }
}, 120_000);

it.each(scenarios)('$name fits its budget of $limit gzip', ({ name }) => {
  const result = results.find((candidate) => candidate.name === name);
  expect(result, `size-limit measured "${name}"`).toBeDefined();
  expect(result?.size).toBeLessThanOrEqual(result?.sizeLimit ?? 0);
});

it('measures every package a browser app can import', () => {
  const measured = new Set(scenarios.flatMap((scenario) => scenario.packages));
  // A package of types only puts nothing in a bundle, so has nothing to measure.
  const browserPackages = listPublishedPackages()
    .filter((pkg) => !isTypesOnly(pkg))
    .map((pkg) => pkg.name)
    .filter((name) => !nodeOnlyPackages.includes(name));
  expect(browserPackages.filter((name) => !measured.has(name))).toEqual([]);
});
