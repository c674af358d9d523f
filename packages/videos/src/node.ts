/**
 * The Node-only helpers of `@org/videos`: they write to the file system, so a browser bundle that imports
 * `@org/videos` carries none of them.
 */
export { type DownloadVideoOptions, downloadVideo } from './node/download-video.js';
