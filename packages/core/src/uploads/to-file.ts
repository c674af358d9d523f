import { type NamedUpload, namedUploadMarker } from './uploadable.js';

/**
 * Gives bytes, a Blob or a stream the filename (and media type) its multipart part will carry. A stream's `size`, when
 * known, lets the request carry a content-length instead of going chunked; a stream that then gives another number of
 * bytes fails the call with an `InvalidInputError` naming the field.
 */
export function toFile(
  data: NamedUpload['data'],
  name: string,
  options?: { type?: string; size?: number },
): NamedUpload {
  const size =
    options?.size ?? (data instanceof Blob ? data.size : data instanceof Uint8Array ? data.byteLength : undefined);
  return {
    [namedUploadMarker]: true,
    data,
    name,
    type: options?.type ?? (data instanceof Blob ? data.type : undefined),
    size,
  };
}
