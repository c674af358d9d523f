import { type NamedUpload, namedUploadMarker } from './uploadable.js';

/** Gives bytes, a Blob or a stream the filename (and media type) its multipart part will carry. */
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
