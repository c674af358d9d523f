/**
 * The shortest decimal text that reads back as `value`'s float32, as the API writes embeddings in JSON (`0.0023064255`,
 * not the double's `0.0023064255155622959`).
 */
export function float32Text(value: number): string {
  for (let digits = 1; digits < 17; digits++) {
    const text = value.toPrecision(digits);
    if (Math.fround(Number(text)) === value) return String(Number(text));
  }
  return String(value);
}

/** Float32 values as an embedding has them, from a seed: the same on every run. */
export function sampleFloats(count: number, seed = 7): Float32Array {
  const values = new Float32Array(count);
  let state = seed;
  for (let index = 0; index < count; index++) {
    state = (state * 16_807) % 2_147_483_647;
    values[index] = (state / 2_147_483_647 - 0.5) / 5;
  }
  return values;
}

/** The base64 of float32 values, little-endian, as the API sends `encoding_format: 'base64'`. */
export function base64Of(values: Float32Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');
}
