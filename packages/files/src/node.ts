/**
 * The Node-only helpers of `@org/files`: they read or write the file system or use `node:crypto`, so a browser bundle
 * that imports `@org/files` carries none of them.
 */
export { downloadContainerFile } from './node/download-container-file.js';
export { downloadFile } from './node/download-file.js';
export { md5 } from './node/md5.js';
