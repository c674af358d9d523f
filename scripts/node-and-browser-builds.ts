import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import type { Options } from 'tsup';

/** Takes `x<suffix>` wherever the source imports `./x.js` and such a file exists. */
function variants(name: string, suffix: string): Plugin {
  return {
    name,
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        const variant = path.join(args.resolveDir, `${args.path.replace(/\.js$/, '')}${suffix}`);
        return existsSync(variant) ? { path: variant } : undefined;
      });
    },
  };
}

/**
 * `x.browser.ts` for `./x.js`, so a browser bundle carries the platform's way (fetch, the native WebSocket) and never
 * a Node one (undici, `ws`) or a Node built-in.
 */
const browserVariants = variants('browser-variants', '.browser.ts');

/**
 * `x.cjs.ts` for `./x.js`, where CommonJS must differ (it has no top-level await). tsup's CommonJS build with
 * splitting runs esbuild as ESM and converts after, so esbuild's format cannot tell: only that build gets this plugin.
 */
const commonJsVariants = variants('commonjs-variants', '.cjs.ts');

/**
 * Source maps name the original file and line of each statement (for stack traces) without a copy of the source,
 * which would double what a package installs (DESIGN: `@org/chat` with its dependencies within 3 MiB).
 */
function withoutSourcesContent(options: { sourcesContent?: boolean }): void {
  options.sourcesContent = false;
}

/**
 * The builds of a package whose code differs in browsers: for Node, ESM and CommonJS (with the `*.cjs.ts` variants)
 * with types (`dist/`); for browsers, workers, Deno and Bun, ESM with the `*.browser.ts` variants (`dist/browser/`),
 * which its `exports` conditions point to.
 */
export function nodeAndBrowserBuilds(node: Record<string, string>, browser: Record<string, string>): Options[] {
  const nodeBuild: Options = {
    entry: node,
    dts: true,
    clean: false,
    // Shared chunks for the CommonJS build too, so `require` of several entries loads one copy of each module.
    splitting: true,
    sourcemap: true,
    esbuildOptions: withoutSourcesContent,
    target: 'node20',
    platform: 'node',
  };
  return [
    { ...nodeBuild, format: ['esm'] },
    { ...nodeBuild, format: ['cjs'], esbuildPlugins: [commonJsVariants] },
    {
      entry: browser,
      outDir: 'dist/browser',
      format: ['esm'],
      dts: false,
      sourcemap: true,
      esbuildOptions: withoutSourcesContent,
      target: 'es2022',
      platform: 'browser',
      esbuildPlugins: [browserVariants],
    },
  ];
}
