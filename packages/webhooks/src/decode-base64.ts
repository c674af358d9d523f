/** The bytes of base64 text, or undefined when it is not base64 (`atob`: Node 16+, browsers, workers). */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | undefined {
  try {
    return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}
