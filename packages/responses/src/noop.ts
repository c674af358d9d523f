/** Swallows a rejection that is reported elsewhere, such as that of a read nobody waits for. */
export function noop(): void {}
