import { InvalidInputError } from '@org/core';

/** PCM16 audio as bytes: a `Uint8Array` or `ArrayBuffer` as is, an `Int16Array`'s samples in memory (little-endian). */
export type Pcm16Audio = Uint8Array | ArrayBuffer | Int16Array;

export function pcm16Bytes(audio: Pcm16Audio): Uint8Array {
  if (audio instanceof Uint8Array) return audio;
  if (audio instanceof ArrayBuffer) return new Uint8Array(audio);
  if (audio instanceof Int16Array) return new Uint8Array(audio.buffer, audio.byteOffset, audio.byteLength);
  throw new InvalidInputError('audio', 'expected PCM16 samples as a Uint8Array, an ArrayBuffer or an Int16Array');
}
