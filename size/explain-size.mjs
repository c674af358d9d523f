// `pnpm size:explain [name]`: what each source file costs a size scenario's browser bundle (all scenarios whose name
// contains `name`, or "chat: completion + stream"). The bundle is built as `pnpm size` builds it, from the packages'
// dist with their source maps, so every output byte is traced to the TypeScript file it came from. A file's cost is
// how much smaller the gzip gets without its bytes: gzip shares repeats across files, so the costs add up to less
// than the total.

import { gzipSync } from 'node:zlib';
import { decode } from '@jridgewell/sourcemap-codec';
import { build } from 'esbuild';
import { browserBuildOptions } from './browser-build-options.mjs';
import { listSizeScenarios } from './size-scenarios.mjs';
import { writeScenarioEntries } from './write-scenario-entries.mjs';

const wanted = process.argv[2] ?? 'chat: completion + stream';
const scenarios = (await listSizeScenarios()).filter((scenario) => scenario.name.includes(wanted));
if (scenarios.length === 0) {
  console.error(`No size scenario is named like "${wanted}"; \`pnpm size\` lists them.`);
  process.exit(1);
}
const entries = writeScenarioEntries(scenarios);
const gzipSize = (text) => gzipSync(text).length;

/** For each character of `code`, the index of the source it came from in `map.sources` (-1 when none). */
function ownerOfEachCharacter(code, map) {
  const owners = new Int32Array(code.length).fill(-1);
  const lines = code.split('\n');
  const mappings = decode(map.mappings);
  let lineStart = 0;
  lines.forEach((line, index) => {
    const segments = mappings[index] ?? [];
    segments.forEach((segment, position) => {
      if (segment.length < 2) return;
      const end = segments[position + 1]?.[0] ?? line.length;
      owners.fill(segment[1], lineStart + segment[0], lineStart + end);
    });
    lineStart += line.length + 1;
  });
  return owners;
}

for (const [index, scenario] of scenarios.entries()) {
  const result = await build({
    ...browserBuildOptions(),
    entryPoints: [entries[index]],
    outdir: 'explain-size',
    sourcemap: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles.find((file) => file.path.endsWith('.js')).text;
  const map = JSON.parse(result.outputFiles.find((file) => file.path.endsWith('.js.map')).text);
  const owners = ownerOfEachCharacter(code, map);
  const total = gzipSize(code);
  const rows = map.sources.map((source, sourceIndex) => {
    let rest = '';
    let minified = 0;
    for (let at = 0; at < code.length; at++) {
      if (owners[at] === sourceIndex) minified++;
      else rest += code[at];
    }
    return {
      source: source.replace(/^(\.\.\/)+/, '').replace(/^.*?packages\//, ''),
      minified,
      gzip: total - gzipSize(rest),
    };
  });
  console.log(`${scenario.name}: ${(total / 1000).toFixed(2)} KB gzip, ${code.length} bytes minified\n`);
  console.log('  gzip  minified  source');
  for (const row of rows.filter((row) => row.minified > 0).sort((a, b) => b.gzip - a.gzip)) {
    console.log(`${String(row.gzip).padStart(6)}  ${String(row.minified).padStart(8)}  ${row.source}`);
  }
  console.log('');
}
