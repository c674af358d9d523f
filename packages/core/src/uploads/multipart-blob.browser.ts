/** The body of a multipart request whose every part is in memory or on disk: a Blob of them, which browsers send. */
export function multipartBlob(pieces: BlobPart[], _size: number, stream: () => ReadableStream<Uint8Array>): Blob {
  const body = new Blob(pieces);
  body.stream = stream as Blob['stream'];
  return body;
}
