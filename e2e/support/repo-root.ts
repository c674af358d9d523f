import { fileURLToPath } from 'node:url';

/** The monorepo root, whatever directory the tests run from. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
