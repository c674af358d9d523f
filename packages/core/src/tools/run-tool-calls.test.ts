import { describe, expect, it } from 'vitest';
import { APIUserAbortError } from '../errors/connection-errors.js';
import { defineTool } from './define-tool.js';
import { runToolCalls } from './run-tool-calls.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('runToolCalls', () => {
  const slowAdd = defineTool<{ a: number; b: number }>({
    name: 'add',
    parameters: { type: 'object' },
    run: async ({ a, b }) => {
      await sleep(100);
      return { sum: a + b };
    },
  });

  it('runs the calls of one turn in parallel and serializes their results', async () => {
    const started = performance.now();
    const results = await runToolCalls(
      [slowAdd],
      [
        { id: 'c1', name: 'add', arguments: '{"a":1,"b":2}' },
        { id: 'c2', name: 'add', arguments: '{"a":3,"b":4}' },
      ],
      new AbortController().signal,
    );
    expect(performance.now() - started).toBeLessThan(190);
    expect(results.map((result) => result.output)).toEqual(['{"sum":3}', '{"sum":7}']);
  });

  it('tells the model about an unknown tool, bad arguments or a throwing tool, and goes on', async () => {
    const failing = defineTool({
      name: 'fail',
      parameters: {},
      run: () => {
        throw new Error('disk full');
      },
    });
    const results = await runToolCalls(
      [slowAdd, failing],
      [
        { id: 'c1', name: 'nope', arguments: '{}' },
        { id: 'c2', name: 'add', arguments: '{"a":' },
        { id: 'c3', name: 'fail', arguments: '{}' },
      ],
      new AbortController().signal,
    );
    expect(results.map((result) => JSON.parse(result.output).error)).toEqual([
      expect.stringContaining('no tool named "nope"'),
      expect.stringContaining('not valid JSON'),
      'disk full',
    ]);
  });

  it('settles at once with APIUserAbortError when aborted, even if a tool ignores the signal', async () => {
    const stubborn = defineTool({ name: 'stubborn', parameters: {}, run: () => sleep(5_000) });
    const controller = new AbortController();
    const running = runToolCalls([stubborn], [{ id: 'c1', name: 'stubborn', arguments: '{}' }], controller.signal);
    const started = performance.now();
    controller.abort(new Error('stopped'));
    const error = await running.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).cause).toEqual(new Error('stopped'));
    expect(performance.now() - started).toBeLessThan(100);
  });
});
