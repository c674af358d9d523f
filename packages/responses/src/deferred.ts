import { noop } from './noop.js';

/**
 * A promise settled from outside, once. It carries a no-op catch, so a result nobody awaits (the final response of a
 * stream that was only iterated, say) never surfaces as an unhandled rejection; whoever awaits it still sees the error.
 */
export class Deferred<T> {
  readonly promise: Promise<T>;
  #settled = false;
  #resolve!: (value: T) => void;
  #reject!: (error: Error) => void;

  constructor() {
    this.promise = new Promise<T>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.promise.catch(noop);
  }

  get settled(): boolean {
    return this.#settled;
  }

  resolve(value: T): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#resolve(value);
  }

  reject(error: Error): void {
    if (this.#settled) return;
    this.#settled = true;
    this.#reject(error);
  }
}
