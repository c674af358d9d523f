import type { RealtimeSessionCreateRequestGA, RealtimeTranscriptionSessionCreateRequestGA } from './generated/types.js';

/** A session configuration as `session.update` takes it; `type` may be left out for a `realtime` session. */
export type RealtimeSessionInput =
  | (Omit<RealtimeSessionCreateRequestGA, 'type'> & { type?: 'realtime' })
  | RealtimeTranscriptionSessionCreateRequestGA;
