import { execFileSync } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { onAbort } from './on-abort.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('onAbort', () => {
  it('calls every subscriber through one listener, and removes it when the last one leaves', () => {
    const controller = new AbortController();
    const heard: string[] = [];
    const offA = onAbort(controller.signal, () => heard.push('a'));
    onAbort(controller.signal, () => heard.push('b'));
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(1);
    offA();
    controller.abort();
    expect(heard).toEqual(['b']);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('unsubscribes the same callback subscribed twice one subscription at a time', () => {
    const controller = new AbortController();
    let calls = 0;
    const callback = () => calls++;
    const off = onAbort(controller.signal, callback);
    onAbort(controller.signal, callback);
    off();
    controller.abort();
    expect(calls).toBe(1);
  });

  it('calls back soon for a signal already aborted, unless unsubscribed first', async () => {
    const heard: string[] = [];
    onAbort(AbortSignal.abort(), () => heard.push('kept'));
    onAbort(AbortSignal.abort(), () => heard.push('dropped'))();
    expect(heard).toEqual([]);
    await tick();
    expect(heard).toEqual(['kept']);
  });

  it('still tells the others when one subscriber throws, and reports the error as a throwing listener would', () => {
    // In a process of its own: the reported error is an uncaught exception there.
    const script = `
      import { onAbort } from '@org/core/internal';
      process.on('uncaughtException', (error) => console.log('reported', error.message));
      const controller = new AbortController();
      onAbort(controller.signal, () => { throw new Error('subscriber bug'); });
      onAbort(controller.signal, () => console.log('second heard'));
      controller.abort();
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: new URL('../..', import.meta.url),
      encoding: 'utf8',
    });
    expect(output.trim().split('\n')).toEqual(['second heard', 'reported subscriber bug']);
  });
});

describe('onAbort in the browser build (a listener per subscriber)', () => {
  it('calls each subscriber once on abort, but not one that unsubscribed', async () => {
    const { onAbort: onAbortInBrowsers } = await import('./on-abort.browser.js');
    const controller = new AbortController();
    const heard: string[] = [];
    const callback = () => heard.push('twice subscribed');
    const off = onAbortInBrowsers(controller.signal, () => heard.push('gone'));
    onAbortInBrowsers(controller.signal, callback);
    const offOne = onAbortInBrowsers(controller.signal, callback);
    off();
    offOne();
    controller.abort();
    controller.abort();
    expect(heard).toEqual(['twice subscribed']);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('calls back soon for a signal already aborted, unless unsubscribed first', async () => {
    const { onAbort: onAbortInBrowsers } = await import('./on-abort.browser.js');
    const heard: string[] = [];
    onAbortInBrowsers(AbortSignal.abort(), () => heard.push('kept'));
    onAbortInBrowsers(AbortSignal.abort(), () => heard.push('dropped'))();
    expect(heard).toEqual([]);
    await tick();
    expect(heard).toEqual(['kept']);
  });
});
