// What a browser app ships: no undici, no Node built-ins, only the packages it imports, and stream code only when
// it streams.
import { describe, expect, it } from 'vitest';
import { listSizeScenarios, nodeOnlyPackages } from '../size/size-scenarios.mjs';
import { writeScenarioEntries } from '../size/write-scenario-entries.mjs';
import { bundleForBrowser } from './support/bundle-for-browser.js';
import { repoRoot } from './support/repo-root.js';
import { listPublishedPackages } from './support/workspace-packages.js';

const scenarios = await listSizeScenarios();
const entries = writeScenarioEntries(scenarios);
const browserPackages = listPublishedPackages().filter((pkg) => !nodeOnlyPackages.includes(pkg.name));
const folderToName = new Map(listPublishedPackages().map((pkg) => [pkg.folder, pkg.name]));

/** The workspace packages whose files ended up in a bundle. */
function packagesIn(inputs: string[]): string[] {
  const names = inputs.flatMap((input) => {
    const folder = /(?:^|\/)packages\/([^/]+)\//.exec(input)?.[1];
    return folder && folderToName.has(folder) ? [folderToName.get(folder) as string] : [];
  });
  return [...new Set(names)].sort();
}

const undiciInputs = (inputs: string[]) => inputs.filter((input) => /(^|\/)undici(@|\/)/.test(input));

describe.each(scenarios.map((scenario, index) => ({ ...scenario, entry: entries[index] as string })))(
  'browser bundle for $name',
  (scenario) => {
    it('has no undici and no Node built-ins', async () => {
      const bundle = await bundleForBrowser({ file: scenario.entry });
      expect(bundle.nodeBuiltins).toEqual([]);
      expect(undiciInputs(bundle.inputs)).toEqual([]);
      expect(bundle.code).not.toMatch(/undici/i);
    });

    it.skipIf(scenario.streams)('carries no stream code: no SSE parser, no event stream', async () => {
      const bundle = await bundleForBrowser({ file: scenario.entry });
      expect(bundle.inputs.filter((input) => input.includes('sse-parser'))).toEqual([]);
      expect(bundle.code).not.toContain('[DONE]');
    });

    it.skipIf(scenario.packages.includes('@org/openai'))('carries no other resource package', async () => {
      const bundle = await bundleForBrowser({ file: scenario.entry });
      expect(packagesIn(bundle.inputs)).toEqual([...scenario.packages].sort());
    });
  },
);

describe.each(browserPackages)('$name, everything it exports, bundled for a browser', (pkg) => {
  it('has no undici and no Node built-ins', async () => {
    const bundle = await bundleForBrowser({
      source: `import * as all from '${pkg.name}';\nconsole.log(all);\n`,
      resolveDir: repoRoot,
    });
    expect(bundle.nodeBuiltins).toEqual([]);
    expect(undiciInputs(bundle.inputs)).toEqual([]);
  });
});
