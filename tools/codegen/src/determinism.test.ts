import { describe, expect, it } from 'vitest';
import { buildOutput } from './build-output.js';
import { generatedHeader } from './header.js';
import { loadTestSpec, repoRoot } from './test-spec.js';
import { generatedDirs, readGenerated } from './write-output.js';

describe('generated output', () => {
  it('is the same on a second run and equal to what is committed', async () => {
    const spec = await loadTestSpec();
    const first = await buildOutput(spec);
    const second = await buildOutput(spec);
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
    for (const [path, text] of first.files) expect(second.files.get(path), path).toBe(text);

    const committed = await readGenerated(repoRoot, generatedDirs(first.files));
    const stale = [...new Set([...first.files.keys(), ...committed.keys()])]
      .filter((path) => first.files.get(path) !== committed.get(path))
      .sort();
    expect(stale, 'run `pnpm codegen --spec ../shared/openapi/openapi.json` and commit the result').toEqual([]);
  });

  it('marks every generated file', async () => {
    const spec = await loadTestSpec();
    const { files } = await buildOutput(spec);
    for (const [path, text] of files) expect(text.startsWith(`${generatedHeader}\n`), path).toBe(true);
  });
});
