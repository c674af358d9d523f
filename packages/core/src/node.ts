export { fileFromPath } from './uploads/file-from-path.js';
