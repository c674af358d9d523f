/** Promises that settle once a condition holds, re-checked whenever `notify()` is called. */
export class ConditionWaiter {
  readonly #checks = new Set<() => void>();

  wait(condition: () => boolean, timeoutMs: number, describeTimeout: () => string): Promise<void> {
    if (condition()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const settle = () => {
        clearTimeout(timer);
        this.#checks.delete(check);
      };
      const check = () => {
        if (!condition()) return;
        settle();
        resolve();
      };
      const timer = setTimeout(() => {
        settle();
        reject(new Error(describeTimeout()));
      }, timeoutMs);
      this.#checks.add(check);
    });
  }

  notify(): void {
    for (const check of [...this.#checks]) check();
  }
}
