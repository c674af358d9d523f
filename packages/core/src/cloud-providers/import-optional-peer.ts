/**
 * An optional peer dependency, loaded on first use only, so a provider that never needs it (a token provider instead
 * of the default credential chain) runs without it installed. The name is a variable so bundlers leave it alone; the
 * CommonJS build takes `import-optional-peer.cjs.ts`, the browser build `import-optional-peer.browser.ts`.
 */
export function importOptionalPeer(name: string): Promise<unknown> {
  return import(/* webpackIgnore: true */ /* @vite-ignore */ name);
}
