/**
 * The Node-only helpers of `@org/audio`: they write to the file system or a Node stream, so a browser bundle that
 * imports `@org/audio` carries none of them.
 */
export { writeSpeech } from './node/write-speech.js';
