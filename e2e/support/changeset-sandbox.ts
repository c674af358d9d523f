import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PackageManifest } from './package-manifest.js';
import { repoRoot } from './repo-root.js';
import { runCommand } from './run-command.js';
import { listWorkspacePackages } from './workspace-packages.js';

export type BumpType = 'major' | 'minor' | 'patch';

/**
 * A throwaway copy of the workspace's manifests and changesets config, where `changeset version` can run for real
 * without touching the repository.
 */
export class ChangesetSandbox {
  readonly dir = mkdtempSync(path.join(os.tmpdir(), 'changesets-'));
  readonly #folders = new Map<string, string>();

  constructor() {
    cpSync(path.join(repoRoot, 'package.json'), path.join(this.dir, 'package.json'));
    writeFileSync(path.join(this.dir, 'pnpm-workspace.yaml'), 'packages:\n  - "packages/*"\n');
    mkdirSync(path.join(this.dir, '.changeset'));
    cpSync(path.join(repoRoot, '.changeset/config.json'), path.join(this.dir, '.changeset/config.json'));
    for (const pkg of listWorkspacePackages()) {
      mkdirSync(path.join(this.dir, 'packages', pkg.folder), { recursive: true });
      cpSync(path.join(pkg.dir, 'package.json'), path.join(this.dir, 'packages', pkg.folder, 'package.json'));
      this.#folders.set(pkg.name, pkg.folder);
    }
  }

  addChangeset(id: string, bumps: Record<string, BumpType>, summary: string): void {
    const header = Object.entries(bumps).map(([name, type]) => `"${name}": ${type}`);
    writeFileSync(path.join(this.dir, '.changeset', `${id}.md`), `---\n${header.join('\n')}\n---\n\n${summary}\n`);
  }

  /** Runs `changeset version` in the sandbox; throws with its output when it fails. */
  async version(): Promise<void> {
    const bin = path.join(repoRoot, 'node_modules/@changesets/cli/bin.js');
    const result = await runCommand(process.execPath, [bin, 'version'], { cwd: this.dir, timeoutMs: 60_000 });
    if (result.code !== 0) throw new Error(`changeset version failed:\n${result.stderr}${result.stdout}`);
  }

  manifest(name: string): PackageManifest {
    return JSON.parse(readFileSync(this.#path(name, 'package.json'), 'utf8')) as PackageManifest;
  }

  changelog(name: string): string | undefined {
    try {
      return readFileSync(this.#path(name, 'CHANGELOG.md'), 'utf8');
    } catch {
      return undefined;
    }
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  #path(name: string, file: string): string {
    const folder = this.#folders.get(name);
    if (!folder) throw new Error(`${name} is not a workspace package`);
    return path.join(this.dir, 'packages', folder, file);
  }
}
