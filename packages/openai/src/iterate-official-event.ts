import { noop, PushedIterator } from '@org/core/internal';
import type { OfficialEventMap, OfficialEvents } from './official-events.js';

/**
 * What a stream hands out from now on, for a loop begun after listeners already run the stream (the stream itself can
 * be iterated only once): `attach` subscribes `push` to the items and returns the unsubscribe. The loop ends at `end`
 * and throws the stream's error or abort, as the official stream's late iterator does; `leave` runs when the loop
 * leaves before the end.
 */
export async function* iterateAfterStart<Events extends OfficialEventMap<Events>, Item>(
  events: OfficialEvents<Events>,
  attach: (push: (item: Item) => void) => () => void,
  leave: () => void,
): AsyncGenerator<Item, void> {
  const items = new PushedIterator<Item>(noop);
  const end = () => items.end(events.failure);
  const detach = attach((item) => items.push(item));
  events.on('end', end);
  if (events.isEnded) end();
  try {
    // A generator around core's queue, so the loop is the `AsyncGenerator` the stream's own iterator is.
    yield* { [Symbol.asyncIterator]: () => items };
  } finally {
    detach();
    events.off('end', end);
    if (!events.isEnded) leave();
  }
}

/** `iterateAfterStart` over the payloads of one event, each made an item by `pick`. */
export function iterateOfficialEvent<Events extends OfficialEventMap<Events>, Event extends keyof Events, Item>(
  events: OfficialEvents<Events>,
  event: Event,
  pick: (...args: Parameters<Events[Event]>) => Item,
  leave: () => void,
): AsyncGenerator<Item, void> {
  return iterateAfterStart<Events, Item>(
    events,
    (push) => {
      const listener = ((...args: Parameters<Events[Event]>) => push(pick(...args))) as Events[Event];
      events.on(event, listener);
      return () => events.off(event, listener);
    },
    leave,
  );
}
