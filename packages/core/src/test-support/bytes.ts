/** The bytes `values`, as a Uint8Array. */
export function bytes(...values: number[]): Uint8Array {
  return new Uint8Array(values);
}
