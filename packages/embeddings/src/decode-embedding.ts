import { float32Values } from './float32-values.js';

/**
 * A base64 embedding (what `encoding_format: 'base64'` gets) as a `Float32Array`: the exact values, a quarter of the
 * memory of a `number[]`. Throws an `OpenAIError` on a text that is not one.
 */
export function decodeEmbedding(base64: string): Float32Array {
  return float32Values(base64, 'The embedding', (length) => new Float32Array(length));
}
