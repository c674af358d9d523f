import { describe, expect, it } from 'vitest';
import { AttemptSignal } from './attempt-signal.js';

describe('AttemptSignal', () => {
  it('runs each listener once, with the reason set, and ignores a second abort', () => {
    const signal = new AttemptSignal();
    const seen: unknown[] = [];
    signal.once('abort', () => seen.push(signal.reason));
    const first = new Error('first');
    signal.abort(first);
    signal.abort(new Error('second'));
    expect(signal.aborted).toBe(true);
    expect(seen).toEqual([first]);
  });

  it('does not call a removed listener', () => {
    const signal = new AttemptSignal();
    let calls = 0;
    const listener = () => calls++;
    signal.on('abort', listener);
    signal.removeListener('abort', listener);
    signal.abort(new Error('stop'));
    expect(calls).toBe(0);
  });

  it('gives fetch a real AbortSignal that follows it, before or after the abort', () => {
    const before = new AttemptSignal();
    const early = before.toAbortSignal();
    const reason = new Error('timed out');
    before.abort(reason);
    expect(early.aborted).toBe(true);
    expect(early.reason).toBe(reason);
    const after = new AttemptSignal();
    after.abort(reason);
    expect(after.toAbortSignal().reason).toBe(reason);
  });
});
