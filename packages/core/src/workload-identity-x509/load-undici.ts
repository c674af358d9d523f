import { createRequire } from 'node:module';

/**
 * undici's whole entry, loaded when first asked for: its `ProxyAgent` needs the dispatcher methods only the entry
 * installs, and importing it takes three times as long as the parts the Node transport loads, which every other
 * credential needs. The CommonJS build takes `load-undici.cjs.ts` (scripts/node-and-browser-builds.ts).
 */
export function loadUndici(): typeof import('undici') {
  return createRequire(import.meta.url)('undici');
}
