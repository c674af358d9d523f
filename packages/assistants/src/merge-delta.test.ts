import { describe, expect, it } from 'vitest';
import { mergeDelta } from './merge-delta.js';

describe('mergeDelta', () => {
  it('appends the streaming strings, sets the others, and places list items at their index', () => {
    const snapshot = {};
    mergeDelta(snapshot, {
      tool_calls: [{ index: 1, id: 'c2', type: 'function', function: { name: 'f', arguments: '{' } }],
    });
    mergeDelta(snapshot, { tool_calls: [{ index: 1, type: 'function', function: { arguments: '}' } }] });
    mergeDelta(snapshot, { tool_calls: [{ index: 0, type: 'code_interpreter', code_interpreter: { input: 'pr' } }] });
    mergeDelta(snapshot, {
      tool_calls: [
        {
          index: 0,
          type: 'code_interpreter',
          code_interpreter: { input: 'int', outputs: [{ index: 0, type: 'logs', logs: 'a' }] },
        },
      ],
    });
    expect(snapshot).toEqual({
      tool_calls: [
        { type: 'code_interpreter', code_interpreter: { input: 'print', outputs: [{ type: 'logs', logs: 'a' }] } },
        { id: 'c2', type: 'function', function: { name: 'f', arguments: '{}' } },
      ],
    });
  });

  it('keeps no reference to the delta, and never writes a prototype', () => {
    const delta = JSON.parse('{"text":{"value":"a"},"__proto__":{"polluted":true},"constructor":{"x":1}}');
    const snapshot = mergeDelta({}, delta);
    (delta.text as { value: string }).value = 'changed';
    expect(snapshot).toEqual({ text: { value: 'a' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(snapshot)).toBe(Object.prototype);
  });
});
