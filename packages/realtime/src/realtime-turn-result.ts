import type { RealtimeResponse } from './generated/types.js';

/** A function call the model made, and, when a tool of the connection ran it, what it answered. */
export interface RealtimeFunctionCall {
  callId: string;
  name: string;
  /** The arguments as the model wrote them (JSON text). */
  arguments: string;
  itemId: string;
  /** The text sent back to the model, when a tool answered. */
  output?: string;
  /** Why the tool failed (unknown tool, unreadable arguments, a throw); the model was told. */
  error?: Error;
}

/** One response, assembled from its events. */
export interface RealtimeResponseOutput {
  /** The response as `response.done` gave it. */
  response: RealtimeResponse;
  status: 'completed' | 'cancelled' | 'incomplete' | 'failed' | 'in_progress';
  /** Its output text, every text part joined. */
  text: string;
  /** The transcript of its output audio. */
  transcript: string;
  /** Its output audio: the bytes of every audio delta, in order (PCM16 at 24 kHz unless the session says otherwise). */
  audio: Uint8Array;
  functionCalls: RealtimeFunctionCall[];
}

/** What a turn ends with: its last response's output, and every response it took. */
export interface RealtimeTurnResult extends RealtimeResponseOutput {
  /** Each response of the turn in order: one, or more when the connection's tools answered function calls. */
  responses: RealtimeResponseOutput[];
}
