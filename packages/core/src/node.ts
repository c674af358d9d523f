export { type ByteSource, writeToPath } from './response/write-to-path.js';
export { fileFromPath } from './uploads/file-from-path.js';
