import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOutput } from './build-output.js';
import { loadSpec } from './load-spec.js';
import { parseArgs } from './parse-args.js';
import { scaffoldPackages } from './scaffold-packages.js';
import { generatedDirs, readGenerated, writeGenerated } from './write-output.js';

/** The repo root, from this file's place in `tools/codegen/{src,dist}`. */
function repoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  // `pnpm codegen` runs the script in tools/codegen; INIT_CWD is where the user typed it.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const root = args.out === undefined ? repoRoot() : resolve(cwd, args.out);
  const spec = await loadSpec(args.spec, cwd);
  const output = await buildOutput(spec);
  if (args.check) {
    const current = await readGenerated(root, generatedDirs(output.files));
    const stale = [...new Set([...output.files.keys(), ...current.keys()])].filter(
      (path) => output.files.get(path) !== current.get(path),
    );
    if (stale.length > 0) {
      console.error(`Generated code is out of date (${stale.length} files), run pnpm codegen:\n${stale.join('\n')}`);
      process.exitCode = 1;
    } else {
      console.log(`Generated code is current (${output.files.size} files).`);
    }
    return;
  }
  const summary = await writeGenerated(root, output.files);
  const scaffolded = await scaffoldPackages(root, output.packages);
  const operations = output.packages.reduce((sum, pkg) => sum + pkg.models.length, 0);
  console.log(
    `${operations} operations in ${output.packages.length} packages: ${output.files.size} generated files, ` +
      `${summary.written.length} written, ${summary.removed.length} removed, ${scaffolded.length} package files updated.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
