// The generated functions and resource classes, and the hand-written run helpers beside them.
export type {
  AssistantRunTool,
  AssistantToolRunBody,
  AssistantToolRunOptions,
  AssistantToolRunResult,
  AssistantToolStep,
  AssistantToolStepEvent,
} from './assistant-tool-run.js';
export { createRunAndPoll } from './create-run-and-poll.js';
export { createThreadAndRunAndPoll } from './create-thread-and-run-and-poll.js';
export * from './generated/index.js';
export { pollRun } from './poll-run.js';
export type { RunApiEvent, RunSnapshot } from './run-assembly.js';
export { runAssistantTools } from './run-assistant-tools.js';
export { RunFailedError } from './run-failed-error.js';
export { RunStream, runStream, submitToolOutputsStream, threadAndRunStream } from './run-stream.js';
export type {
  RunStepToolCall,
  RunStepToolCallDelta,
  RunStreamEvent,
  RunTextDeltaEvent,
  RunTextDoneEvent,
  RunToolCallDeltaEvent,
  RunToolCallDoneEvent,
} from './run-stream-event.js';
export { type AssistantToolRunEvent, streamAssistantTools } from './stream-assistant-tools.js';
export { submitToolOutputsAndPoll } from './submit-tool-outputs-and-poll.js';
export { toAssistantTools } from './to-assistant-tools.js';
export { toolOutputsOf } from './tool-outputs-of.js';
