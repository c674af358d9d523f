/** Does nothing: the handler for a rejection reported elsewhere, or a callback with nothing to do. */
export function noop(): void {}
