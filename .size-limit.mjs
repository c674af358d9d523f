// Browser bundle budgets (gzip), checked by `pnpm size` and by e2e/bundle-size.test.ts in CI.
// The scenarios live in size/size-scenarios.mjs.
import { browserBuildOptions } from './size/browser-build-options.mjs';
import { listSizeScenarios } from './size/size-scenarios.mjs';
import { writeScenarioEntries } from './size/write-scenario-entries.mjs';

const scenarios = await listSizeScenarios();
const entries = writeScenarioEntries(scenarios);
const { plugins, platform, format, target, conditions } = browserBuildOptions();

export default scenarios.map((scenario, index) => ({
  name: scenario.name,
  path: entries[index],
  limit: scenario.limit,
  gzip: true,
  modifyEsbuildConfig: (config) => ({ ...config, plugins, platform, format, target, conditions }),
}));
