// Hand-written helpers: streams that assemble themselves, structured outputs, tools.
export { createResponseAndPoll } from './create-response-and-poll.js';
export * from './generated/index.js';
export { getOutputText } from './get-output-text.js';
export {
  jsonSchemaTextFormat,
  outputParser,
  type ParsableTextFormat,
  type ParsedResponse,
} from './parsable-text-format.js';
export { type ParseResponseBody, parseResponse } from './parse-response.js';
export { parseResponseOutput } from './parse-response-output.js';
export { type ParsedResponseStream, parsedResponseStream } from './parsed-response-stream.js';
export { reconnectResponseStream } from './reconnect-response-stream.js';
export { ResponseFailedError } from './response-failed-error.js';
export { ResponseStream, responseStream } from './response-stream.js';
export type { ResponseStreamCursor } from './response-stream-cursor.js';
export { responseStreamFromReadableStream } from './response-stream-from-readable-stream.js';
export type {
  ResponseToolRunBody,
  ResponseToolRunOptions,
  ResponseToolRunResult,
  ResponseToolStep,
  ResponseToolStepEvent,
} from './response-tool-run.js';
export type { ResponseStreamOptions, ResumeOptions } from './resume-options.js';
export { runResponseTools } from './run-response-tools.js';
export { type ResponseToolRunEvent, streamResponseTools } from './stream-response-tools.js';
export { toResponseTool } from './to-response-tool.js';
export { waitForResponse } from './wait-for-response.js';
