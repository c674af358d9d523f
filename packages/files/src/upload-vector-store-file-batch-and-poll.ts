import type { WaitOptions } from '@org/core';
import { type Client, InvalidInputError, JobFailedError, type Uploadable } from '@org/core';
import { checkFileField, checkOptionsOf, requestOptionsOf, runWorkers, stepOptions } from '@org/core/internal';
import { createVectorStoreFileBatchAndPoll } from './create-vector-store-file-batch-and-poll.js';
import { FileBatchUploadError } from './file-batch-upload-error.js';
import { createFile } from './generated/functions/create-file.js';
import { listVectorStoreFileBatchFiles } from './generated/functions/list-vector-store-file-batch-files.js';
import type { CreateVectorStoreFileBatchRequest, VectorStoreFileBatchObject } from './generated/types.js';

export interface UploadVectorStoreFileBatchBody extends Omit<CreateVectorStoreFileBatchRequest, 'files'> {
  /** Files to upload (purpose `assistants`) and attach; `file_ids` adds files uploaded before. */
  files: Uploadable[];
}

/** A file of the batch that did not make it: it failed to upload, or the vector store failed to process it. */
export interface FileBatchFailure {
  /** Its place in `files`; none for one of `file_ids`. */
  index?: number;
  /** Its file name (`files[3]` for one without), or its id for one of `file_ids`. */
  name: string;
  /** Its file id, once uploaded. */
  fileId?: string;
  stage: 'upload' | 'processing';
  /** The upload's error, or a `JobFailedError` whose `job` is the vector store file with its `last_error`. */
  error: unknown;
}

export interface FileBatchUpload {
  batch: VectorStoreFileBatchObject;
  /** The files uploaded, in the order given. */
  uploaded: { index: number; name: string; fileId: string }[];
  failures: FileBatchFailure[];
}

/**
 * Uploads files, `concurrency` at a time (5 by default), attaches them to a vector store as one batch and waits until
 * the batch is over. A file that fails to upload or to be processed does not stop the others: each is reported in
 * `failures` with its name and error. Rejects with `FileBatchUploadError` when no file could be uploaded (and no
 * `file_ids` were given), with `JobFailedError` when the batch itself fails, and stops at once on `signal`. The
 * official `vectorStores.fileBatches.uploadAndPoll`.
 */
export async function uploadVectorStoreFileBatchAndPoll(
  client: Client,
  vectorStoreId: string,
  body: UploadVectorStoreFileBatchBody,
  options: WaitOptions & { concurrency?: number } = {},
): Promise<FileBatchUpload> {
  const { files, file_ids: fileIds = [], ...attach } = body;
  const { concurrency = 5, ...waitOptions } = options;
  if (!Array.isArray(files)) throw new InvalidInputError('files', 'expected a list of files');
  for (const [index, file] of files.entries()) checkFileField(`files[${index}]`, file);
  if (files.length === 0 && fileIds.length === 0) throw new InvalidInputError('files', 'expected files or file_ids');
  if (!(Number.isSafeInteger(concurrency) && concurrency >= 1)) {
    throw new InvalidInputError('options.concurrency', `expected a whole number, 1 or more, got ${concurrency}`);
  }
  const request = requestOptionsOf(waitOptions);
  const uploaded: FileBatchUpload['uploaded'] = [];
  const failures: FileBatchFailure[] = [];
  await runWorkers(files.entries(), concurrency, async ([index, file]) => {
    const name = nameOf(file, index);
    try {
      const created = await createFile(client, { file, purpose: 'assistants' }, stepOptions(request, `file-${index}`));
      uploaded.push({ index, name, fileId: created.id });
    } catch (error) {
      // An abort stops them all; any other failure is this file's alone.
      if (request.signal?.aborted) throw error;
      failures.push({ index, name, stage: 'upload', error });
    }
  });
  uploaded.sort((a, b) => a.index - b.index);
  failures.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  if (uploaded.length === 0 && fileIds.length === 0) throw new FileBatchUploadError(failures);

  const batch = await createVectorStoreFileBatchAndPoll(
    client,
    vectorStoreId,
    { ...attach, file_ids: [...fileIds, ...uploaded.map((file) => file.fileId)] },
    stepOptions(waitOptions, 'batch'),
  );
  if (batch.file_counts.failed > 0) {
    const byId = new Map(uploaded.map((file) => [file.fileId, file]));
    const failed = listVectorStoreFileBatchFiles(
      client,
      vectorStoreId,
      batch.id,
      { filter: 'failed' },
      checkOptionsOf(waitOptions),
    );
    for await (const file of failed) {
      const mine = byId.get(file.id);
      const name = mine?.name ?? file.id;
      const error = new JobFailedError(`vector store file ${name} (${file.id})`, file.status, file);
      failures.push({ index: mine?.index, name, fileId: file.id, stage: 'processing', error });
    }
  }
  return { batch, uploaded, failures };
}

/** A file's name for reports: the one it carries (`toFile`, a `File`, an `fs.ReadStream`'s path), or its place. */
function nameOf(file: Uploadable, index: number): string {
  const { name, path } = file as { name?: unknown; path?: unknown };
  if (typeof name === 'string' && name) return name;
  if (typeof path === 'string' && path) return path.split(/[\\/]/).pop() || path;
  return `files[${index}]`;
}
