/**
 * Anything a file field accepts. Streams are sent as they are read, never
 * buffered whole. Use `toFile` to give bytes or a stream a filename and type,
 * and `fileFromPath` (from `@org/core/node`) for a file on disk. A fetch
 * `Response` is sent as its body is read, named by the last segment of its URL.
 */
export type Uploadable =
  | Response
  | Blob
  | Uint8Array
  | ArrayBuffer
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>
  | NamedUpload;

/** File contents with the name and media type the multipart part will carry. */
export interface NamedUpload {
  readonly [namedUploadMarker]: true;
  readonly data: Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
  readonly name: string;
  readonly type: string | undefined;
  /** Known length in bytes, which lets the request carry a content-length. */
  readonly size: number | undefined;
}

export const namedUploadMarker: unique symbol = Symbol.for('@org/core.named-upload') as never;
