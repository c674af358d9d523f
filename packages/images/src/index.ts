// The generated functions and resource classes, and the hand-written helpers beside them.

export * from './generated/index.js';
export { ImageDownloadError } from './image-download-error.js';
export { imageEditStream } from './image-edit-stream.js';
export { imageGenerationStream } from './image-generation-stream.js';
export type { ImageFetchOptions, ImageSource } from './image-source.js';
export { ImageStream, type ImageStreamResult } from './image-stream.js';
export { imageToBlob } from './image-to-blob.js';
