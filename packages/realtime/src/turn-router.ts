import type { RealtimeResponse } from './generated/types.js';
import type { TurnFeed } from './turn-feed.js';

/** The metadata key that tags a turn's `response.create`; the server echoes metadata in `response.created`. */
export const TURN_TAG = 'sdk_turn';

/**
 * Which turn each response belongs to. A `response.created` carrying a turn's tag is that turn's; one without a tag
 * is the oldest waiting turn's only as long as the server has never echoed a tag (a server that drops metadata):
 * once it has, an untagged response is one the server started itself (voice activity), and belongs to no turn.
 */
export class TurnRouter {
  readonly #waiting: TurnFeed[] = [];
  readonly #byResponse = new Map<string, TurnFeed>();
  #echoesTags = false;

  get busy(): boolean {
    return this.#waiting.length > 0 || this.#byResponse.size > 0;
  }

  /** The turn waits for its next response. */
  wait(feed: TurnFeed): void {
    this.#waiting.push(feed);
  }

  /** Takes a `response.created`: the turn it starts, if any. */
  created(response: RealtimeResponse): TurnFeed | undefined {
    const tag = response.metadata?.[TURN_TAG];
    if (typeof tag === 'string') this.#echoesTags = true;
    const index =
      typeof tag === 'string'
        ? this.#waiting.findIndex((feed) => feed.tag === tag)
        : this.#echoesTags
          ? -1
          : this.#waiting.findIndex((feed) => feed.sent);
    const feed = this.#waiting[index];
    if (!feed || response.id === undefined) return undefined;
    this.#waiting.splice(index, 1);
    this.#byResponse.set(response.id, feed);
    feed.begin(response.id);
    return feed;
  }

  feedOf(responseId: string): TurnFeed | undefined {
    return this.#byResponse.get(responseId);
  }

  /** The response is done; its turn may wait for another (`wait`) or end. */
  responseDone(responseId: string): void {
    this.#byResponse.delete(responseId);
  }

  /** The turn whose `response.create` had this `event_id`. */
  byEventId(eventId: string): TurnFeed | undefined {
    return this.all().find((feed) => feed.eventIds.has(eventId));
  }

  /** The oldest turn not over: the one an error naming no client event concerns. */
  inFlight(): TurnFeed | undefined {
    return this.all()[0];
  }

  release(feed: TurnFeed): void {
    const index = this.#waiting.indexOf(feed);
    if (index !== -1) this.#waiting.splice(index, 1);
    for (const [responseId, candidate] of this.#byResponse) {
      if (candidate === feed) this.#byResponse.delete(responseId);
    }
  }

  all(): TurnFeed[] {
    const feeds = new Set([...this.#byResponse.values(), ...this.#waiting]);
    return [...feeds];
  }
}
