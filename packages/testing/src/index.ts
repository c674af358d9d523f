export type { Compression } from './compress-units.js';
export { createTestCertificates, type TestCertificates, type TestKeyPair } from './create-test-certificates.js';
export { type ErrorReplyOptions, errorReply } from './error-reply.js';
export { MAX_PART_TEXT_BYTES, type MultipartPart } from './multipart-part.js';
export { type RealtimeCallAnswerOptions, realtimeCallAnswer } from './realtime-call-answer.js';
export type { RealtimeEndpoint } from './realtime-endpoint.js';
export { type RealtimeErrorOptions, realtimeError } from './realtime-error.js';
export { realtimeInputAudio } from './realtime-input-audio.js';
export { type RealtimeOutput, type RealtimeResponseOptions, realtimeResponse } from './realtime-response.js';
export type {
  RealtimeConnectReply,
  RealtimeRefusal,
  RealtimeReply,
  RealtimeServerEventStep,
  RealtimeStep,
} from './realtime-step.js';
export type {
  RealtimeHandshake,
  RecordedRealtimeConnection,
  RecordedRealtimeEvent,
} from './recorded-realtime-connection.js';
export { type ClientCertificate, MAX_RECORDED_BODY_BYTES, type RecordedRequest } from './recorded-request.js';
export type { Fault, Reply, ReplySpec } from './reply.js';
export { seededRandom } from './seeded-random.js';
export { type SSEEvent, serializeSSE, sseDone } from './sse.js';
export {
  startTestServer,
  type TestServer,
  type TestServerOptions,
  type TestServerTLSOptions,
} from './start-test-server.js';
export {
  attemptKey,
  type RandomFault,
  type RandomFaultsOptions,
  randomFaultKinds,
  withRandomFaults,
} from './with-random-faults.js';
