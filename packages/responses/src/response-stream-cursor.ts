/**
 * Where a background response's stream stands: enough to reopen it later with `reconnectResponseStream`, even from
 * another process. Plain data, so it can be stored as JSON.
 */
export interface ResponseStreamCursor {
  responseId: string;
  /** The last event already seen; the reopened stream starts after it. Absent: from the first event. */
  lastSequenceNumber?: number | undefined;
}
