import type * as ZodCore from 'zod/v4/core';
import { MissingDependencyError } from '../errors/missing-dependency-error.js';
import { zodCoreLoad } from './load-zod-core.js';

/**
 * zod 4's core, for `helper` (the function the user called, named in the error); throws `MissingDependencyError`
 * when zod is not installed or is older than 3.25.
 */
export function requireZod(helper: string): typeof ZodCore {
  if ('core' in zodCoreLoad) return zodCoreLoad.core;
  throw new MissingDependencyError(
    'zod',
    `${helper} needs zod 3.25 or later, or zod 4, and zod is not installed or too old to have 'zod/v4/core': install it (npm install zod)`,
    { cause: zodCoreLoad.error },
  );
}
