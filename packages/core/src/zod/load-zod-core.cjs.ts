import type { ZodCoreLoad } from './load-zod-core.js';

function load(): ZodCoreLoad {
  try {
    return { core: require('zod/v4/core') };
  } catch (error) {
    return { error };
  }
}

/** `load-zod-core.ts` for the CommonJS build: `require` where ESM awaits an `import()`. */
export const zodCoreLoad: ZodCoreLoad = load();
