import { StreamError } from '../errors/stream-error.js';
import { noop } from '../utils/noop.js';
import { PushedIterator } from './pushed-iterator.js';
import type { StreamIterator } from './stream-iterator.js';

/** Two iterators over one source; each buffers what it has not read yet. */
export function teeIterator<T>(source: StreamIterator<T>): [StreamIterator<T>, StreamIterator<T>] {
  const tee = new Tee(source);
  return tee.branches;
}

class Tee<T> {
  readonly branches: [PushedIterator<T>, PushedIterator<T>];
  readonly #source: StreamIterator<T>;
  #pulling = false;
  #ended = false;

  constructor(source: StreamIterator<T>) {
    this.#source = source;
    const branch = () =>
      new PushedIterator<T>(
        () => this.release(),
        () => this.pull(),
      );
    this.branches = [branch(), branch()];
  }

  pull(): void {
    if (this.#pulling || this.#ended) return;
    this.#pulling = true;
    this.#source.next().then(this.#onResult, this.#onError);
  }

  /** Frees the source once neither branch will read from it again. */
  release(): void {
    if (this.#ended || this.branches[0].reading || this.branches[1].reading) return;
    this.#ended = true;
    this.#source.return().then(undefined, noop);
  }

  readonly #onResult = (result: IteratorResult<T>): void => {
    this.#pulling = false;
    if (result.done) this.#ended = true;
    for (const branch of this.branches) {
      if (result.done) branch.end();
      else branch.push(result.value);
    }
  };

  readonly #onError = (caught: unknown): void => {
    this.#pulling = false;
    this.#ended = true;
    const error = caught instanceof Error ? caught : new StreamError(String(caught));
    for (const branch of this.branches) branch.end(error);
  };
}
