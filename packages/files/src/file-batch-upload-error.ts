import { OpenAIError } from '@org/core';
import type { FileBatchFailure } from './upload-vector-store-file-batch-and-poll.js';

/** No file of a `uploadVectorStoreFileBatchAndPoll` could be uploaded, so there was no batch to make; `failures` says why. */
export class FileBatchUploadError extends OpenAIError {
  static override readonly kind: string = 'FileBatchUploadError';

  constructor(readonly failures: FileBatchFailure[]) {
    const first = failures[0];
    super(
      `None of the ${failures.length} files could be uploaded` +
        (first ? `; the first, ${first.name}: ${(first.error as Error)?.message}` : '.'),
    );
  }
}

declare module '@org/core' {
  interface ErrorKindMap {
    FileBatchUploadError: FileBatchUploadError;
  }
}
