/** `load-undici.ts` for the CommonJS build, which has no `import.meta.url`: `require` itself. */
export function loadUndici(): typeof import('undici') {
  return require('undici');
}
