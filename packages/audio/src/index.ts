// The generated functions and resource classes, and the hand-written helpers beside them.

export * from './generated/index.js';
export { type StreamedTranscript, TranscriptionStream, transcriptionStream } from './transcription-stream.js';
