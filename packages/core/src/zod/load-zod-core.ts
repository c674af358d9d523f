import type * as ZodCore from 'zod/v4/core';

/** zod 4's core, or the error loading it. */
export type ZodCoreLoad = { core: typeof ZodCore } | { error: unknown };

/**
 * Loaded, not imported, so the zod entries load without zod (an optional peer) or with a zod older than 3.25, which
 * has no `zod/v4/core`: the helpers then throw an error saying what to install (`requireZod`). The CommonJS build,
 * which has no top-level await, takes `load-zod-core.cjs.ts` instead (scripts/node-and-browser-builds.ts).
 */
export const zodCoreLoad: ZodCoreLoad = await import('zod/v4/core').then(
  (core) => ({ core }),
  (error: unknown) => ({ error }),
);
