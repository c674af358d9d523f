export { ChatCompletionChunkStream, chatCompletionChunkStream } from './chat-completion-chunk-stream.js';
export { ChatCompletionStream, chatCompletionStream } from './chat-completion-stream.js';
export type {
  ChatCompletionStreamEvent,
  StreamedChatCompletion,
  StreamedChatCompletionChoice,
} from './chat-completion-stream-event.js';
export { chatCompletionStreamFromReadableStream } from './chat-completion-stream-from-readable-stream.js';
export type {
  ChatToolRunBody,
  ChatToolRunOptions,
  ChatToolRunResult,
  ChatToolStep,
  ChatToolStepEvent,
  ToolLoopCompletion,
} from './chat-tool-run.js';
export * from './generated/index.js';
export type { JsonResponseFormat, ParsableResponseFormat } from './parsable-response-format.js';
export { type ParseChatCompletionBody, parseChatCompletion } from './parse-chat-completion.js';
export { type ParsedChatCompletion, type ParsedChatCompletionMessage, parseChatOutput } from './parse-chat-output.js';
export { runChatTools } from './run-chat-tools.js';
export { type ChatToolRunEvent, streamChatTools } from './stream-chat-tools.js';
export { toChatTools } from './to-chat-tools.js';
