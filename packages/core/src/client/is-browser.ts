/** True in a page (main thread); false in Node, Deno, Bun and workers, where secrets can be kept. */
export function isBrowser(): boolean {
  const scope = globalThis as { window?: { document?: unknown }; navigator?: unknown };
  return typeof scope.window?.document !== 'undefined' && typeof scope.navigator !== 'undefined';
}
