/** `import-optional-peer.ts` for browsers and workers, which have no Node credential chains to load. */
export async function importOptionalPeer(name: string): Promise<unknown> {
  throw new Error(`${name} runs in Node only`);
}
