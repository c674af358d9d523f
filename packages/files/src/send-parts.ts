import type { Client, RequestOptions } from '@org/core';
import { runWorkers, stepOptions } from '@org/core/internal';
import { addUploadPart } from './generated/functions/add-upload-part.js';
import type { UploadPlan } from './plan-upload.js';
import { type FilePart, readParts } from './read-parts.js';
import type { UploadFileOptions } from './upload-file.js';
import type { UploadState } from './upload-state.js';

/**
 * Sends the parts of an Upload that `state` does not list as accepted, `concurrency` at a time from one reader,
 * writing each accepted part's id into `state` and reporting progress. Resolves to the md5 of the whole file when
 * `md5` makes one. `stop` is called with the first part that fails for good, to abort the parts in flight.
 */
export async function sendParts(
  client: Client,
  plan: UploadPlan,
  state: UploadState,
  { md5, onProgress }: Pick<UploadFileOptions, 'md5' | 'onProgress'>,
  options: RequestOptions & { signal: AbortSignal },
  stop: (error: unknown) => void,
): Promise<string | undefined> {
  const sizeOf = (index: number) => Math.min(plan.partSize, plan.bytes - index * plan.partSize);
  const progress = { bytesSent: 0, totalBytes: plan.bytes, partsDone: 0, totalParts: state.partIds.length };
  const accepted = (index: number) => {
    progress.partsDone++;
    progress.bytesSent += sizeOf(index);
  };
  for (const [index, id] of state.partIds.entries()) if (id !== null) accepted(index);
  const report = () => onProgress?.({ ...progress, state: { ...state, partIds: [...state.partIds] } });
  report();

  const hash = typeof md5 === 'function' ? md5() : undefined;
  const parts = readParts(plan.data, {
    bytes: plan.bytes,
    partSize: plan.partSize,
    skip: (index) => state.partIds[index] !== null,
    hash,
    signal: options.signal,
  });
  const send = async ({ index, data, release }: FilePart) => {
    const part = await addUploadPart(client, state.uploadId, { data }, stepOptions(options, `part-${index}`));
    release?.();
    state.partIds[index] = part.id;
    accepted(index);
    report();
  };
  await runWorkers(parts, plan.concurrency, send, stop);
  return typeof md5 === 'string' ? md5 : hash?.digest();
}
