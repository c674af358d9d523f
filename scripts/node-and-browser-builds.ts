import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import type { Options } from 'tsup';

/**
 * Takes `x.browser.ts` wherever the source imports `./x.js` and such a file exists, so a browser bundle carries the
 * platform's way (fetch, the native WebSocket) and never a Node one (undici, `ws`) or a Node built-in.
 */
const browserVariants: Plugin = {
  name: 'browser-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const variant = path.join(args.resolveDir, `${args.path.replace(/\.js$/, '')}.browser.ts`);
      return existsSync(variant) ? { path: variant } : undefined;
    });
  },
};

/**
 * Source maps name the original file and line of each statement (for stack traces) without a copy of the source,
 * which would double what a package installs (DESIGN: `@org/chat` with its dependencies within 3 MiB).
 */
function withoutSourcesContent(options: { sourcesContent?: boolean }): void {
  options.sourcesContent = false;
}

/**
 * The two builds of a package whose code differs in browsers: for Node, ESM and CommonJS with types (`dist/`); for
 * browsers, workers, Deno and Bun, ESM with the `*.browser.ts` variants (`dist/browser/`), which its `exports`
 * conditions point to.
 */
export function nodeAndBrowserBuilds(node: Record<string, string>, browser: Record<string, string>): Options[] {
  return [
    {
      entry: node,
      format: ['esm', 'cjs'],
      dts: true,
      clean: false,
      // Shared chunks for the CommonJS build too, so `require` of several entries loads one copy of each module.
      splitting: true,
      sourcemap: true,
      esbuildOptions: withoutSourcesContent,
      target: 'node20',
      platform: 'node',
    },
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
