// Installed size on disk: @org/chat from its packed tarball (with @org/core and their dependencies) in a fresh npm
// project, against the official package as npm installed it for the benchmarks.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function directorySize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name);
    if (entry.isDirectory()) total += directorySize(entryPath);
    else if (entry.isFile()) total += statSync(entryPath).size;
  }
  return total;
}

export function measureInstalled() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-installed-'));
  try {
    const tarballs = ['core', 'chat'].map((folder) => {
      const out = execFileSync('pnpm', ['pack', '--pack-destination', dir, '--json'], {
        cwd: path.join(repoRoot, 'packages', folder),
        encoding: 'utf8',
      });
      return JSON.parse(out).filename;
    });
    writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline', ...tarballs], {
      cwd: dir,
      stdio: 'ignore',
    });
    return {
      '@org/chat': directorySize(path.join(dir, 'node_modules')),
      openai: directorySize(fileURLToPath(new URL('../node_modules/openai', import.meta.url))),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
