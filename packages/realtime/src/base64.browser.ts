// Newer engines have these; the fallbacks below serve the others.
interface Base64Uint8Array {
  toBase64?(): string;
}
interface Base64Uint8ArrayConstructor {
  fromBase64?(base64: string): Uint8Array;
}

/** Bytes as base64 text, the way audio travels in realtime events. */
export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Base64Uint8Array).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  // In slices, since a spread of a whole second of audio would pass the engine's argument limit.
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

/** The bytes of base64 text (an audio delta). */
export function base64ToBytes(base64: string): Uint8Array {
  const native = (Uint8Array as Base64Uint8ArrayConstructor).fromBase64;
  if (native) return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
