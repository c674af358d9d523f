// The public API of every package, as export names and kinds, against a snapshot committed beside the package
// (`public-api.txt`), so a removed or renamed export is never an accident. After a deliberate change, update the
// snapshots with `pnpm vitest run e2e/public-api.test.ts -u` and say so in the changeset.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportedNames, typedSubpaths } from './support/public-api.js';
import { listPublishedPackages } from './support/workspace-packages.js';

const packages = listPublishedPackages().map((pkg) => ({ ...pkg, subpaths: typedSubpaths(pkg) }));
const names = exportedNames(packages.flatMap((pkg) => pkg.subpaths.map((entry) => entry.file)));

describe.each(packages)('$name', (pkg) => {
  it('exports what its public-api.txt says', async () => {
    const sections = pkg.subpaths.map(({ subpath, file }) =>
      [`# ${path.posix.join(pkg.name, subpath)}`, ...(names.get(file) ?? [])].join('\n'),
    );
    await expect(`${sections.join('\n\n')}\n`).toMatchFileSnapshot(path.join(pkg.dir, 'public-api.txt'));
  });
});
