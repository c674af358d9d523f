import { type EncodedMultipart, encodeMultipart } from './encode-multipart.js';
import { isUploadable } from './is-uploadable.js';
import { multipartBodyMarker } from './multipart-body-marker.js';

/** Form fields to send as multipart/form-data; `extra` adds fields (a call's `extraBody`). */
export interface MultipartBody {
  readonly [multipartBodyMarker]: true;
  readonly fields: Record<string, unknown>;
  encode(extra?: Record<string, unknown>): EncodedMultipart;
}

/**
 * Marks a request body as multipart/form-data. Only calls that upload import
 * this, so the encoder stays out of bundles that never send a file.
 */
export function multipartBody(fields: object): MultipartBody {
  const record = fields as Record<string, unknown>;
  return {
    [multipartBodyMarker]: true,
    fields: record,
    encode: (extra) => encodeMultipart(extra ? { ...record, ...extra } : record),
  };
}

/** For operations that take either: multipart when a top-level field (or an item of one) is a file, JSON otherwise. */
export function jsonOrMultipart<Body extends object>(body: Body): Body | MultipartBody {
  const fields = body as Record<string, unknown>;
  const hasFile = Object.values(fields).some((value) =>
    Array.isArray(value) ? value.some(isUploadable) : isUploadable(value),
  );
  return hasFile ? multipartBody(body) : body;
}
