// The esbuild options of every browser bundle the project measures or tests: what a user's bundler would do for a
// modern browser app, with `@org/*` taken from the workspace.
import { workspacePackagesPlugin } from './workspace-packages-plugin.mjs';

/** @returns {import('esbuild').BuildOptions} */
export function browserBuildOptions() {
  return {
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    metafile: true,
    plugins: [workspacePackagesPlugin()],
  };
}
