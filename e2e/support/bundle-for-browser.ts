import { type BuildOptions, build } from 'esbuild';
import { browserBuildOptions } from '../../size/browser-build-options.mjs';
import { nodeBuiltinsRecorder } from './node-builtins-recorder.js';

export interface BrowserBundle {
  code: string;
  /** Every source file with code in the bundle, as esbuild names them (relative to the repo root); a file that was
   * imported but tree-shaken away entirely is not one. */
  inputs: string[];
  /** Node built-ins the code imports; a browser has none of them. */
  nodeBuiltins: string[];
}

export type BundleEntry = { file: string } | { source: string; resolveDir: string };

/**
 * Bundles an entry the way a browser app would, with the budgets' esbuild options; `overrides` retarget it (Deno,
 * Bun and workerd take their own export conditions).
 */
export async function bundleForBrowser(entry: BundleEntry, overrides: BuildOptions = {}): Promise<BrowserBundle> {
  const nodeBuiltins: string[] = [];
  const options = { ...browserBuildOptions(), ...overrides };
  const result = await build({
    ...options,
    ...('file' in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.source, resolveDir: entry.resolveDir, loader: 'js' } }),
    write: false,
    outdir: 'out',
    logLevel: 'silent',
    plugins: [nodeBuiltinsRecorder(nodeBuiltins), ...(options.plugins ?? [])],
  });
  return {
    code: result.outputFiles.map((file) => file.text).join('\n'),
    inputs: Object.values(result.metafile?.outputs ?? {}).flatMap((output) =>
      Object.entries(output.inputs).flatMap(([input, { bytesInOutput }]) => (bytesInOutput > 0 ? [input] : [])),
    ),
    nodeBuiltins,
  };
}
