import { afterEach, beforeEach } from 'vitest';

/**
 * The reasons of the rejections nobody handled during each test of the file that calls this (emptied before each),
 * for asserting that a failure reached only the promises meant to carry it.
 */
export function recordUnhandledRejections(): unknown[] {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  beforeEach(() => {
    unhandled.length = 0;
    process.on('unhandledRejection', record);
  });
  afterEach(() => {
    process.off('unhandledRejection', record);
  });
  return unhandled;
}

/** Lets a rejection nobody handled reach `unhandledRejection`. */
export const settleRejections = () => new Promise((resolve) => setTimeout(resolve, 20));
