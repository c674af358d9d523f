// An esbuild plugin that resolves `@org/<name>` to the workspace's own package through that package's `exports`
// (as a self-reference), so a bundle takes exactly the files npm would publish, under the build's conditions
// (`browser` for a browser build), without a node_modules link.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));
const SELF = Symbol('workspace-self-reference');

/** @returns {Map<string, string>} package name → its directory */
function readPackageDirs() {
  const dirs = new Map();
  for (const folder of readdirSync(packagesDir)) {
    try {
      const { name } = JSON.parse(readFileSync(path.join(packagesDir, folder, 'package.json'), 'utf8'));
      dirs.set(name, path.join(packagesDir, folder));
    } catch {
      // not a package (yet)
    }
  }
  return dirs;
}

/** @returns {import('esbuild').Plugin} */
export function workspacePackagesPlugin() {
  const dirs = readPackageDirs();
  return {
    name: 'workspace-packages',
    setup(build) {
      build.onResolve({ filter: /^@org\/[^/]+/ }, (args) => {
        if (args.pluginData === SELF) return undefined;
        const name = args.path.split('/').slice(0, 2).join('/');
        const dir = dirs.get(name);
        if (!dir) return undefined;
        return build.resolve(args.path, { kind: args.kind, resolveDir: dir, pluginData: SELF });
      });
    },
  };
}
