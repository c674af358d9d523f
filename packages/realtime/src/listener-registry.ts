type Listener = (payload: never) => void;

/**
 * Listeners by event type. A listener added twice is called once; one that removes itself, or another, while an
 * event is delivered does not upset the delivery.
 */
export class ListenerRegistry {
  readonly #byType = new Map<string, Set<Listener>>();

  add(type: string, listener: Listener): () => void {
    let listeners = this.#byType.get(type);
    if (!listeners) {
      listeners = new Set();
      this.#byType.set(type, listeners);
    }
    listeners.add(listener);
    return () => this.remove(type, listener);
  }

  remove(type: string, listener: Listener): void {
    const listeners = this.#byType.get(type);
    if (listeners?.delete(listener) && listeners.size === 0) this.#byType.delete(type);
  }

  has(type: string): boolean {
    return this.#byType.has(type);
  }

  count(type?: string): number {
    if (type !== undefined) return this.#byType.get(type)?.size ?? 0;
    let total = 0;
    for (const listeners of this.#byType.values()) total += listeners.size;
    return total;
  }

  /** Calls each listener of `type`; one that throws is handed to `onThrow`, and the others still run. */
  emit(type: string, payload: unknown, onThrow: (error: unknown) => void): void {
    const listeners = this.#byType.get(type);
    if (!listeners) return;
    for (const listener of listeners) {
      try {
        (listener as (payload: unknown) => void)(payload);
      } catch (error) {
        onThrow(error);
      }
    }
  }

  clear(): void {
    this.#byType.clear();
  }
}
