import type { OfficialEventMap, OfficialEvents } from './official-events.js';

/**
 * The payloads of `event` from now on, for a loop begun after listeners already run the stream (the stream itself
 * can be iterated only once): it ends at `end` and throws the stream's error or abort, as the official stream's late
 * iterator does. `leave` runs when the loop leaves before the end.
 */
export async function* iterateOfficialEvent<Events extends OfficialEventMap<Events>, Event extends keyof Events, Item>(
  events: OfficialEvents<Events>,
  event: Event,
  pick: (...args: Parameters<Events[Event]>) => Item,
  leave: () => void,
): AsyncGenerator<Item, void> {
  const queue: Item[] = [];
  let wake: () => void = () => {};
  const push = (...args: Parameters<Events[Event]>) => {
    queue.push(pick(...args));
    wake();
  };
  const stop = () => wake();
  events.on(event, push);
  events.on('end', stop);
  try {
    for (;;) {
      if (queue.length > 0) {
        yield queue.shift() as Item;
        continue;
      }
      if (events.isEnded) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (events.failure) throw events.failure;
  } finally {
    events.off(event, push);
    events.off('end', stop);
    if (!events.isEnded) leave();
  }
}
