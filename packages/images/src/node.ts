/**
 * The Node-only helpers of `@org/images`: they write to the file system, so a browser bundle that imports
 * `@org/images` carries none of them.
 */
export { saveImage } from './node/save-image.js';
export { saveImages } from './node/save-images.js';
