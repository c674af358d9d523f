// Prepares bench/node_modules: the official `openai` package and the bare baselines from npm (outside pnpm's
// engine check, as openai 7 declares node>=22 yet runs on 20), and links to the workspace's own built packages.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const packagesDir = path.join(benchDir, '../packages');

function installed(name, version) {
  try {
    const manifest = JSON.parse(readFileSync(path.join(benchDir, 'node_modules', name, 'package.json'), 'utf8'));
    return manifest.version === version;
  } catch {
    return false;
  }
}

export function setupBench() {
  const { dependencies } = JSON.parse(readFileSync(path.join(benchDir, 'package.json'), 'utf8'));
  if (!Object.entries(dependencies).every(([name, version]) => installed(name, version))) {
    execFileSync(
      'npm',
      ['install', '--engine-strict=false', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error'],
      { cwd: benchDir, stdio: 'inherit' },
    );
  }
  // Node follows the links to packages/*/dist, whose own dependencies resolve from the pnpm install.
  const orgDir = path.join(benchDir, 'node_modules/@org');
  rmSync(orgDir, { recursive: true, force: true });
  mkdirSync(orgDir, { recursive: true });
  for (const folder of readdirSync(packagesDir)) {
    const manifestPath = path.join(packagesDir, folder, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const { name } = JSON.parse(readFileSync(manifestPath, 'utf8'));
    symlinkSync(path.join(packagesDir, folder), path.join(benchDir, 'node_modules', name), 'dir');
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) setupBench();
