import { defineConfig } from 'tsup';
import { browserVariants } from '../../scripts/tsup-browser-variants.js';

export default defineConfig([
  {
    // `zod` is its own entry so that only an app importing `@org/realtime/zod` ever loads zod.
    entry: { index: 'src/index.ts', zod: 'src/zod.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    splitting: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
  },
  {
    // The `*.browser.ts` variants: the platform's WebSocket only (no `ws`), and base64 without Buffer.
    entry: { index: 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'es2022',
    platform: 'browser',
    esbuildPlugins: [browserVariants],
  },
]);
