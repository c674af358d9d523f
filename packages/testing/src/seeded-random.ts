/**
 * A source of pseudo-random numbers in [0, 1) that gives the same sequence for the same seed (mulberry32 over an
 * FNV-1a hash of the seed), for faults and workloads that a test or a benchmark can replay.
 */
export function seededRandom(seed: string | number): () => number {
  let state = 0x811c9dc5;
  for (const char of String(seed)) state = Math.imul(state ^ char.charCodeAt(0), 0x01000193);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}
