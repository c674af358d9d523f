export { type ErrorReplyOptions, errorReply } from './error-reply';
export { MAX_PART_TEXT_BYTES, type MultipartPart } from './multipart-part';
export { MAX_RECORDED_BODY_BYTES, type RecordedRequest } from './recorded-request';
export type { Fault, Reply, ReplySpec } from './reply';
export { type SSEEvent, serializeSSE, sseDone } from './sse';
export { startTestServer, type TestServer, type TestServerOptions } from './start-test-server';
