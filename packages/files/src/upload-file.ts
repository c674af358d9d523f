import type { Client, RequestOptions, Uploadable } from '@org/core';
import { toFile } from '@org/core';
import { createFile } from './generated/functions/create-file.js';
import type { CreateFileRequest, FileExpirationAfter, OpenAIFile } from './generated/types.js';
import { planUpload } from './plan-upload.js';
import { uploadInParts } from './upload-in-parts.js';
import type { UploadState } from './upload-state.js';

/** The file to upload and what the API is told of it. */
export interface UploadFileBody {
  /**
   * A Blob or File, bytes, `fileFromPath(path)` (from `@org/core/node`; read from disk as parts go), or a web or Node
   * stream wrapped in `toFile(stream, name, { size })`: the Uploads API needs the size before the first byte.
   */
  file: Uploadable;
  purpose: CreateFileRequest['purpose'];
  /** The file's name; by default the name it carries (`toFile`, `fileFromPath`, a `File`). */
  filename?: string;
  /** By default the file's own type, else one known for its extension, else `application/octet-stream`. */
  mime_type?: string;
  expires_after?: FileExpirationAfter;
}

/** An incremental md5 of the whole file: fed its bytes in order, then asked for the hex digest. */
export interface Md5Hash {
  update(bytes: Uint8Array): void;
  digest(): string | Promise<string>;
}

export interface UploadProgress {
  /** Bytes of the parts the API has accepted, resumed ones included. */
  bytesSent: number;
  totalBytes: number;
  partsDone: number;
  totalParts: number;
  /** What to keep to resume the upload, as it stands at this event; none for a file sent whole. */
  state: UploadState | undefined;
}

/**
 * Options of `uploadFile`; the request options apply to each of its requests. A given `idempotencyKey` becomes
 * `<key>:create`, `<key>:part-<index>`, `<key>:complete`, so that no two requests share one.
 */
export interface UploadFileOptions extends RequestOptions {
  /** Bytes per part, 1 MiB to 64 MiB; 8 MiB by default. A file this size or smaller goes whole through `createFile`. */
  partSize?: number;
  /** Parts in flight at once; 4 by default. A stream source holds at most this many parts in memory. */
  concurrency?: number;
  /**
   * The md5 the API checks the assembled file against: its hex digest, or a function making an incremental hash
   * (`md5` from `@org/files/node`; browsers have no md5 of their own) that every byte is fed to as it is read.
   */
  md5?: string | (() => Md5Hash);
  /** Called once the Upload is created (or resumed), and after each part is accepted. */
  onProgress?: (progress: UploadProgress) => void;
  /** The saved state of an earlier upload of the same file: its accepted parts are not sent again. */
  resume?: UploadState;
  /** Cancel the Upload on the server when `signal` aborts; by default it stays open (an hour) to be resumed. */
  cancelOnAbort?: boolean;
}

/**
 * Uploads a file of any size up to 8 GiB, without reading it whole into memory. One larger than a part goes through
 * the Uploads API: `concurrency` parts in flight, each its own request with the client's retries, progress after each,
 * an optional md5, resumable from `onProgress`'s `state`. A smaller one, or one whose purpose the Uploads API does not
 * take (`user_data`, `evals`), goes whole through `createFile`. Every input is checked before anything is sent.
 */
export async function uploadFile(
  client: Client,
  body: UploadFileBody,
  options: UploadFileOptions = {},
): Promise<OpenAIFile> {
  const plan = planUpload(body, options);
  const { partSize, concurrency, md5, onProgress, resume, cancelOnAbort, ...request } = options;
  if (plan.inParts) return uploadInParts(client, plan, body, { md5, onProgress, cancelOnAbort }, request);
  const file = toFile(plan.data, plan.filename, { type: plan.mimeType, size: plan.bytes });
  const created = await createFile(client, { file, purpose: body.purpose, expires_after: body.expires_after }, request);
  onProgress?.({ bytesSent: plan.bytes, totalBytes: plan.bytes, partsDone: 1, totalParts: 1, state: undefined });
  return created;
}
