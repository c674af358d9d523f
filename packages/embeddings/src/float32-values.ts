import { OpenAIError } from '@org/core';
import { decodeBase64 } from '@org/core/internal';

/**
 * The float32 values of a base64 embedding, into the array `create` makes for their count: read little-endian, as
 * the API writes them, whatever the platform's byte order. `what` names the embedding in the error of a text that is
 * not one.
 */
export function float32Values<T extends number[] | Float32Array>(
  base64: string,
  what: string,
  create: (length: number) => T,
): T {
  let bytes: Uint8Array;
  try {
    bytes = decodeBase64(base64);
  } catch (cause) {
    throw new OpenAIError(`${what} is not base64.`, { cause });
  }
  if (bytes.byteLength % 4 !== 0) {
    throw new OpenAIError(`${what} has ${bytes.byteLength} bytes, not a whole number of float32 values.`);
  }
  const view = new DataView(bytes.buffer);
  const values = create(bytes.byteLength / 4);
  for (let index = 0; index < values.length; index++) values[index] = view.getFloat32(index * 4, true);
  return values;
}
