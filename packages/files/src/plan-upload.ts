import { InvalidInputError } from '@org/core';
import { checkFileField, isNamedUpload } from '@org/core/internal';
import { mediaTypeOf } from './media-type-of.js';
import type { UploadFileBody, UploadFileOptions } from './upload-file.js';
import { checkResume, type UploadState } from './upload-state.js';

// Plain numbers, not `64 * MiB`: a bundler keeps a computed top-level constant even where nothing uses it.
/** The Uploads API's limits: 64 MB a part, 8 GB a file (binary units, as the official packages count them). */
export const MAX_PART_SIZE = 67_108_864;
export const MAX_UPLOAD_BYTES = 8_589_934_592;
/** Not the API's: it keeps an 8 GiB file within 8,192 parts, and catches `partSize: 64` meant as MiB. */
export const MIN_PART_SIZE = 1_048_576;
export const DEFAULT_PART_SIZE = 8_388_608;
export const DEFAULT_CONCURRENCY = 4;

const uploadPurposes = ['assistants', 'batch', 'fine-tune', 'vision'];
/** Purposes the Uploads API does not take: such files go whole through `createFile`. */
const fileOnlyPurposes = ['user_data', 'evals'];

export type PartSource = Blob | Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;

/** What `uploadFile` will do, every input checked before anything is sent. */
export interface UploadPlan {
  data: PartSource;
  bytes: number;
  filename: string;
  mimeType: string;
  partSize: number;
  concurrency: number;
  /** Whether the file goes in parts through the Uploads API, or whole through `createFile`. */
  inParts: boolean;
  resume: UploadState | undefined;
}

export function planUpload(body: UploadFileBody, options: UploadFileOptions): UploadPlan {
  if (body.file === undefined) throw new InvalidInputError('file', 'expected a file to upload');
  checkFileField('file', body.file);
  const named = isNamedUpload(body.file) ? body.file : undefined;
  const raw = named ? named.data : body.file;
  const data = raw instanceof ArrayBuffer ? new Uint8Array(raw) : (raw as PartSource);
  const bytes = named?.size ?? (data instanceof Blob ? data.size : data instanceof Uint8Array ? data.byteLength : NaN);
  if (Number.isNaN(bytes)) {
    throw new InvalidInputError('file', "a stream's size is unknown: give it, toFile(stream, name, { size })");
  }
  if (bytes === 0) throw new InvalidInputError('file', 'is empty: the API takes no file of 0 bytes');
  if (bytes > MAX_UPLOAD_BYTES) {
    throw new InvalidInputError('file', `is ${bytes} bytes; the Uploads API takes ${MAX_UPLOAD_BYTES} at most (8 GiB)`);
  }
  const filename = body.filename ?? named?.name ?? (data as Partial<File>).name;
  if (typeof filename !== 'string' || filename === '') {
    throw new InvalidInputError('filename', 'the file has no name: give one, or toFile(data, "name.jsonl")');
  }
  const { purpose } = body;
  if (!uploadPurposes.includes(purpose) && !fileOnlyPurposes.includes(purpose)) {
    const known = [...uploadPurposes, ...fileOnlyPurposes].join(', ');
    throw new InvalidInputError('purpose', `expected one of ${known}, got ${JSON.stringify(purpose)}`);
  }
  const { partSize, concurrency = DEFAULT_CONCURRENCY, resume, md5, onProgress } = options;
  if (
    partSize !== undefined &&
    !(Number.isSafeInteger(partSize) && partSize >= MIN_PART_SIZE && partSize <= MAX_PART_SIZE)
  ) {
    const range = `${MIN_PART_SIZE} (1 MiB) to ${MAX_PART_SIZE} (64 MiB)`;
    throw new InvalidInputError('options.partSize', `expected a whole number of bytes from ${range}, got ${partSize}`);
  }
  if (!(Number.isSafeInteger(concurrency) && concurrency >= 1)) {
    throw new InvalidInputError('options.concurrency', `expected a whole number, 1 or more, got ${concurrency}`);
  }
  if (md5 !== undefined && typeof md5 !== 'function' && !(typeof md5 === 'string' && /^[0-9a-f]{32}$/i.test(md5))) {
    throw new InvalidInputError('options.md5', 'expected the hex md5 of the file, or a function making an md5 hash');
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new InvalidInputError('options.onProgress', 'expected a function');
  }
  const saved = resume === undefined ? undefined : checkResume(resume, bytes, partSize);
  const chosenPartSize = saved?.partSize ?? partSize ?? DEFAULT_PART_SIZE;
  const inParts = uploadPurposes.includes(purpose) && (saved !== undefined || bytes > chosenPartSize);
  if (saved && !inParts) {
    throw new InvalidInputError('options.resume', `a ${purpose} file goes whole through createFile: nothing to resume`);
  }
  const mimeType = body.mime_type || named?.type || (data instanceof Blob && data.type) || mediaTypeOf(filename);
  return { data, bytes, filename, mimeType, partSize: chosenPartSize, concurrency, inParts, resume: saved };
}
