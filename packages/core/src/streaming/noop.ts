/** Swallows a rejection nobody waits for, such as that of releasing an already failed body. */
export function noop(): void {}
