/**
 * The bytes of a base64 text, in any runtime: `atob` is everywhere (browsers, workers, Node), where `Buffer` is
 * Node's alone. Throws the platform's error on a character outside base64; the caller names what it was decoding.
 */
export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}
