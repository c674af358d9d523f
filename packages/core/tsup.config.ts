import path from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig } from 'tsup';

// The browser build swaps the undici transport for the platform fetch, so a
// browser bundle never carries undici or a Node built-in.
const browserTransport: Plugin = {
  name: 'browser-transport',
  setup(build) {
    build.onResolve({ filter: /\/default-transport(\.js)?$/ }, (args) => ({
      path: path.join(args.resolveDir, `${args.path.replace(/\.js$/, '')}.browser.ts`),
    }));
  },
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', node: 'src/node.ts', zod: 'src/zod.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
  {
    entry: { index: 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    esbuildPlugins: [browserTransport],
  },
]);
