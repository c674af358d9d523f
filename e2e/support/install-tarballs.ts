import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runCommand } from './run-command.js';

/**
 * A fresh npm project outside the workspace with every tarball installed, as a user would (`npm install x.tgz`);
 * `flags` go to npm as they are.
 */
export async function installTarballs(projectDir: string, tarballs: string[], flags: string[] = []): Promise<void> {
  await writeFile(
    path.join(projectDir, 'package.json'),
    `${JSON.stringify({ name: 'packed-install-check', private: true, version: '1.0.0' }, null, 2)}\n`,
  );
  const result = await runCommand(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--loglevel=error',
      '--prefer-offline',
      ...flags,
      ...tarballs,
    ],
    { cwd: projectDir, timeoutMs: 300_000 },
  );
  if (result.code !== 0) throw new Error(`npm install of the tarballs failed:\n${result.stderr}${result.stdout}`);
}
