import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';

/**
 * For a package's browser build: takes `x.browser.ts` wherever the source imports `./x.js` and such a file exists,
 * so a browser bundle carries the platform's way (fetch, the native WebSocket) and never a Node one (undici, `ws`) or
 * a Node built-in.
 */
export const browserVariants: Plugin = {
  name: 'browser-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const variant = path.join(args.resolveDir, `${args.path.replace(/\.js$/, '')}.browser.ts`);
      return existsSync(variant) ? { path: variant } : undefined;
    });
  },
};
