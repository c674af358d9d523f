import { defineConfig } from 'tsup';

export default defineConfig({
  // `node` is the Node-only entry (the file system): a browser bundle of the main entry never reaches it.
  entry: { index: 'src/index.ts', node: 'src/node.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  // Shared chunks for the CommonJS build too, so `require` of both entries loads one copy of each module.
  splitting: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
});
