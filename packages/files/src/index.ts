// The generated functions and resource classes, and the hand-written helpers beside them.

export type { WaitOptions } from '@org/core';
export { createVectorStoreAndPoll } from './create-vector-store-and-poll.js';
export { createVectorStoreFileAndPoll } from './create-vector-store-file-and-poll.js';
export { createVectorStoreFileBatchAndPoll } from './create-vector-store-file-batch-and-poll.js';
export { FileBatchUploadError } from './file-batch-upload-error.js';
export * from './generated/index.js';
export { pollVectorStoreFile } from './poll-vector-store-file.js';
export { pollVectorStoreFileBatch } from './poll-vector-store-file-batch.js';
export {
  type Md5Hash,
  type UploadFileBody,
  type UploadFileOptions,
  type UploadProgress,
  uploadFile,
} from './upload-file.js';
export type { UploadState } from './upload-state.js';
export { type UploadVectorStoreFileBody, uploadVectorStoreFile } from './upload-vector-store-file.js';
export { uploadVectorStoreFileAndPoll } from './upload-vector-store-file-and-poll.js';
export {
  type FileBatchFailure,
  type FileBatchUpload,
  type UploadVectorStoreFileBatchBody,
  uploadVectorStoreFileBatchAndPoll,
} from './upload-vector-store-file-batch-and-poll.js';
export { waitForFileProcessing } from './wait-for-file-processing.js';
