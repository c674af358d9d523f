/**
 * The Blob body of a multipart request whose every part is in memory or on disk, as Node's fetch and the undici
 * transport read it: through its `size` and the `stream()` the encoder gives it. In Node it holds no bytes of its own:
 * a real Blob of the parts would copy every one held in memory (a Buffer, an upload's part) into memory the garbage
 * collector does not count, so frees late.
 */
export class MultipartBlob extends Blob {
  constructor(pieces: (string | Uint8Array | Blob)[]) {
    super();
    let size = 0;
    for (const piece of pieces) {
      size +=
        typeof piece === 'string' ? Buffer.byteLength(piece) : piece instanceof Blob ? piece.size : piece.byteLength;
    }
    Object.defineProperty(this, 'size', { value: size });
  }
}
