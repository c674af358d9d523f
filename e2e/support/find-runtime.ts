import { existsSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repo-root.js';

/**
 * A runtime binary: `<NAME>_BIN`, else the one .ci/run installs from npm into .tools/runtimes, else one on PATH.
 * Undefined when none is installed.
 */
export function findRuntime(name: 'deno' | 'bun' | 'workerd'): string | undefined {
  const candidates = [
    process.env[`${name.toUpperCase()}_BIN`],
    path.join(repoRoot, '.tools/runtimes/node_modules/.bin', name),
    ...(process.env.PATH ?? '').split(path.delimiter).map((dir) => path.join(dir, name)),
  ];
  return candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate as string));
}
