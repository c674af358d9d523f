import { InvalidInputError } from '@org/core';
import { isRecord } from '@org/core/internal';

/**
 * Where an upload through the Uploads API stands, as plain JSON: keep it (`onProgress` gives it after every part) to
 * resume the upload with `uploadFile(client, body, { resume: state })` after a crash, an abort or a failed part.
 */
export interface UploadState {
  /** The Upload's id (`upload_…`). */
  uploadId: string;
  /** The file's size in bytes: a resumed upload's file must have the same. */
  bytes: number;
  /** Bytes per part; every part but the last has this many. */
  partSize: number;
  /** The id of each part the API accepted, by part index; null for one still to send. */
  partIds: (string | null)[];
  /** When the API drops the Upload (Unix seconds), an hour after it was created. */
  expiresAt?: number;
}

/** The parts a file of `bytes` makes. */
export const partCountOf = (bytes: number, partSize: number): number => Math.ceil(bytes / partSize);

/** Refuses a saved state that does not fit the file being uploaded, or is not one at all; gives back a copy. */
export function checkResume(resume: unknown, bytes: number, partSize: number | undefined): UploadState {
  const problem = (text: string) => new InvalidInputError('options.resume', text);
  if (!isRecord(resume) || typeof resume.uploadId !== 'string' || !resume.uploadId || !Array.isArray(resume.partIds)) {
    throw problem('expected the saved state of an upload: { uploadId, bytes, partSize, partIds }');
  }
  const state = resume as unknown as UploadState;
  if (state.bytes !== bytes) throw problem(`was saved for a file of ${state.bytes} bytes; this one has ${bytes}`);
  if (partSize !== undefined && partSize !== state.partSize) {
    throw new InvalidInputError('options.partSize', `the saved upload has parts of ${state.partSize} bytes`);
  }
  const count = Number.isSafeInteger(state.partSize) && state.partSize > 0 ? partCountOf(bytes, state.partSize) : -1;
  if (state.partIds.length !== count || !state.partIds.every((id) => id === null || typeof id === 'string')) {
    throw problem(`partIds must hold a part id or null for each of its ${state.partSize}-byte parts`);
  }
  if (typeof state.expiresAt === 'number' && state.expiresAt * 1000 <= Date.now()) {
    throw problem(`its upload expired at ${new Date(state.expiresAt * 1000).toISOString()}; start a new one`);
  }
  return { ...state, partIds: [...state.partIds] };
}
