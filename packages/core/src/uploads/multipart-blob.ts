/**
 * The body of a multipart request whose every part is in memory or on disk, as the transports read it: its `size`
 * (the content-length) and `stream()`. In Node it holds no bytes of its own: a real Blob would copy every part held in
 * memory (a Buffer, an upload's part) into memory the garbage collector does not count, so frees late. Node's fetch
 * and the undici transport read a Blob body through exactly these two.
 */
export function multipartBlob(_pieces: BlobPart[], size: number, stream: () => ReadableStream<Uint8Array>): Blob {
  return Object.defineProperties(new Blob(), { size: { value: size }, stream: { value: stream } });
}
