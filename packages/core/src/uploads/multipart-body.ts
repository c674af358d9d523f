import { checkFileField } from './check-file-field.js';
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
 * this, so the encoder stays out of bundles that never send a file. Each of
 * `fileFields` must hold a file (or a list of files) when present; the check
 * runs when the request is built, so a bad one rejects the call's promise.
 */
export function multipartBody(fields: object, fileFields: readonly string[] = []): MultipartBody {
  const record = fields as Record<string, unknown>;
  return {
    [multipartBodyMarker]: true,
    fields: record,
    encode: (extra) => {
      for (const name of fileFields) checkFileField(name, record[name]);
      return encodeMultipart(extra ? { ...record, ...extra } : record);
    },
  };
}

/** Whether `value`, or an item of it when it is a list, passes `test`. */
function holds(value: unknown, test: (item: unknown) => boolean): boolean {
  return Array.isArray(value) ? value.some(test) : test(value);
}

const isPromise = (value: unknown): boolean => value instanceof Promise;

/**
 * For operations that take either: multipart when a top-level field (or an item of one) is a file, JSON otherwise. A
 * field holding a Promise, or a list holding one (a `fileFromPath` without `await`), fails the call naming it, rather
 * than going out as `{}` or being left out.
 */
export function jsonOrMultipart<Body extends object>(body: Body): Body | MultipartBody {
  const fields = body as Record<string, unknown>;
  const hasFile = Object.values(fields).some((value) => holds(value, isUploadable));
  const promised = Object.keys(fields).filter((name) => holds(fields[name], isPromise));
  return hasFile || promised.length > 0 ? multipartBody(body, promised) : body;
}
