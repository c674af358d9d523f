import { applyResponseEvent } from './apply-response-event.js';
import type { Response, ResponseStreamEvent } from './generated/types.js';
import type { ResponseStreamCursor } from './response-stream-cursor.js';
import { withOutputText } from './with-output-text.js';

/** What the events of one response have told so far: the response, where the stream stands, the final response. */
export class ResponseAssembly {
  response: Response | undefined;
  responseId: string | undefined;
  lastSequenceNumber: number | undefined;
  /** Only a background response keeps running on the server, so only its stream can be reopened. */
  background: boolean;
  /** The final response, once `response.completed` or `response.incomplete` has arrived. */
  final: Response | undefined;

  constructor(background: boolean, cursor?: ResponseStreamCursor) {
    this.background = background;
    this.responseId = cursor?.responseId;
    this.lastSequenceNumber = cursor?.lastSequenceNumber;
  }

  get cursor(): ResponseStreamCursor | undefined {
    const { responseId, lastSequenceNumber } = this;
    return responseId === undefined ? undefined : { responseId, lastSequenceNumber };
  }

  /**
   * Folds in an event; false for one a reopened stream replays, numbered at or before `seenThrough` (the last number
   * delivered before it opened), which must not be delivered again. Within one connection every event counts, in
   * whatever order the server numbers them.
   */
  accept(event: ResponseStreamEvent, seenThrough: number | undefined): boolean {
    const sequence = event.sequence_number;
    if (typeof sequence === 'number') {
      if (seenThrough !== undefined && sequence <= seenThrough) return false;
      if (this.lastSequenceNumber === undefined || sequence > this.lastSequenceNumber)
        this.lastSequenceNumber = sequence;
    }
    this.response = applyResponseEvent(this.response, event);
    const snapshot = 'response' in event ? (event.response as Response | null | undefined) : undefined;
    if (snapshot) {
      this.responseId = snapshot.id ?? this.responseId;
      if (snapshot.background === true) this.background = true;
    }
    if (event.type === 'response.completed' || event.type === 'response.incomplete') {
      // The server's own final response, unless it left out its output; a copy, so the event itself reaches the
      // consumer (and a relay) exactly as the server sent it.
      const final = Array.isArray(snapshot?.output) ? snapshot : this.response;
      if (final) this.final ??= withOutputText({ ...final });
    }
    return true;
  }
}
