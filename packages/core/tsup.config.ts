import { defineConfig } from 'tsup';
import { browserVariants } from '../../scripts/tsup-browser-variants.js';

// The browser build takes the `*.browser.ts` variants: the platform fetch instead of the undici transport, and a
// plain AbortController where Node gets a lighter signal.
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
