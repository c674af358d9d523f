import { APIUserAbortError } from '../errors/connection-errors.js';
import { StreamError } from '../errors/stream-error.js';
import { noop } from '../utils/noop.js';
import { DONE, QueuedIterator } from './queued-iterator.js';
import type { StreamIterator } from './stream-iterator.js';

/** Two iterators over one source; each buffers what it has not read yet. */
export function teeIterator<T>(source: StreamIterator<T>): [StreamIterator<T>, StreamIterator<T>] {
  const tee = new Tee(source);
  return tee.branches;
}

class Tee<T> {
  readonly branches: [TeeBranch<T>, TeeBranch<T>];
  readonly #source: StreamIterator<T>;
  #pulling = false;
  #ended = false;

  constructor(source: StreamIterator<T>) {
    this.#source = source;
    this.branches = [new TeeBranch(this), new TeeBranch(this)];
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

class TeeBranch<T> extends QueuedIterator<T> {
  readonly #tee: Tee<T>;

  constructor(tee: Tee<T>) {
    super();
    this.#tee = tee;
  }

  get reading(): boolean {
    return this.isOpen;
  }

  push(item: T): void {
    if (!this.isOpen) return;
    this.items.push(item);
    this.flush();
  }

  end(error?: Error): void {
    this.close(error);
  }

  return(): Promise<IteratorResult<T>> {
    this.discard();
    this.#tee.release();
    return Promise.resolve(DONE);
  }

  abort(reason?: unknown): void {
    if (this.isDone) return;
    this.discard(new APIUserAbortError({ cause: reason }));
    this.#tee.release();
  }

  protected demand(): void {
    this.#tee.pull();
  }
}
