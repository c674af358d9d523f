import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The repo's formatting (biome.json), without its `generated` exclusion. */
const biomeConfig = {
  formatter: { enabled: true, indentStyle: 'space', indentWidth: 2, lineWidth: 120 },
  javascript: { formatter: { quoteStyle: 'single', trailingCommas: 'all', semicolons: 'always' } },
  linter: { enabled: false },
  assist: { enabled: false },
};

function biomeBinary(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@biomejs/biome/package.json')), 'bin', 'biome');
}

/** Formats TypeScript sources with Biome in a scratch directory and returns them formatted. */
export async function formatFiles(files: Map<string, string>): Promise<Map<string, string>> {
  const scratch = await mkdtemp(join(tmpdir(), 'org-codegen-'));
  try {
    const out = join(scratch, 'out');
    for (const [path, text] of files) {
      await mkdir(dirname(join(out, path)), { recursive: true });
      await writeFile(join(out, path), text);
    }
    await writeFile(join(scratch, 'biome.json'), JSON.stringify(biomeConfig));
    const run = spawnSync(process.execPath, [biomeBinary(), 'format', '--write', '--config-path', scratch, out], {
      cwd: scratch,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`biome format failed:\n${run.stdout}\n${run.stderr}`);
    const formatted = new Map<string, string>();
    for (const path of [...files.keys()].sort()) formatted.set(path, await readFile(join(out, path), 'utf8'));
    return formatted;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
