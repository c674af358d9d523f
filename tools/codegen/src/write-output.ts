import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(path)));
    else files.push(path);
  }
  return files;
}

/** The `src/generated` directories the files live in. */
export function generatedDirs(files: Map<string, string>): string[] {
  const dirs = new Set<string>();
  for (const path of files.keys()) {
    const match = /^(packages\/[^/]+\/src\/generated)\//.exec(path);
    if (match === null) throw new Error(`${path} is outside a generated directory`);
    dirs.add(match[1]!);
  }
  return [...dirs].sort();
}

/** Reads what is on disk in the generated directories, repo-relative path → content. */
export async function readGenerated(root: string, dirs: string[]): Promise<Map<string, string>> {
  const current = new Map<string, string>();
  for (const dir of dirs) {
    for (const file of await listFiles(join(root, dir))) {
      current.set(relative(root, file).split('\\').join('/'), await readFile(file, 'utf8'));
    }
  }
  return current;
}

export interface WriteSummary {
  written: string[];
  removed: string[];
}

/** Makes the generated directories under `root` hold exactly `files`: writes changes, removes stale files. */
export async function writeGenerated(root: string, files: Map<string, string>): Promise<WriteSummary> {
  const current = await readGenerated(root, generatedDirs(files));
  const summary: WriteSummary = { written: [], removed: [] };
  for (const [path, text] of files) {
    if (current.get(path) === text) continue;
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
    summary.written.push(path);
  }
  for (const path of current.keys()) {
    if (files.has(path)) continue;
    await rm(join(root, path));
    summary.removed.push(path);
  }
  return summary;
}
