/** `import-optional-peer.ts` for the CommonJS build: `require`, as `load-zod-core.cjs.ts` does. */
export async function importOptionalPeer(name: string): Promise<unknown> {
  return require(name);
}
