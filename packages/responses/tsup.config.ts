import { defineConfig } from 'tsup';

export default defineConfig({
  // `zod` is its own entry so that only an app importing `@org/responses/zod` ever loads zod.
  entry: { index: 'src/index.ts', zod: 'src/zod.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
});
