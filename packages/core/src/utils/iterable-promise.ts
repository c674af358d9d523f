/**
 * Makes the promise of an async iterable iterable itself, so `for await (const item of call())` needs no inner
 * `await`. Leaving the loop early ends the iterable's own iteration, which frees what it holds.
 */
export function iterablePromise<Item, P extends Promise<AsyncIterable<Item>>>(promise: P): P & AsyncIterable<Item> {
  return Object.assign(promise, {
    async *[Symbol.asyncIterator]() {
      yield* await promise;
    },
  });
}
