import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// The browser build takes `x.browser.ts` wherever the source imports `./x.js` and such a file exists: the platform
// fetch instead of the undici transport, so a browser bundle never carries undici or a Node built-in, and a plain
// AbortController where Node gets a lighter signal.
const browserVariants: Plugin = {
  name: 'browser-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const variant = path.join(args.resolveDir, `${args.path.replace(/\.js$/, '')}.browser.ts`);
      return existsSync(variant) ? { path: variant } : undefined;
    });
  },
};

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      internal: 'src/internal.ts',
      azure: 'src/azure.ts',
      node: 'src/node.ts',
      zod: 'src/zod.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    // Shared chunks for the CommonJS build too, so `require` of several entries loads one copy of each module.
    splitting: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
  {
    entry: { index: 'src/index.ts', internal: 'src/internal.ts', azure: 'src/azure.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    esbuildPlugins: [browserVariants],
  },
]);
