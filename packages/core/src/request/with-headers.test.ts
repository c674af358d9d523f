import { describe, expect, it } from 'vitest';
import { withHeaders } from './with-headers.js';

describe('withHeaders', () => {
  it('adds a params field as its header, a list comma-separated', () => {
    expect(withHeaders({ timeout: 5 }, { 'openai-beta': ['a=v1', 'b=v2'] })).toEqual({
      timeout: 5,
      headers: { 'openai-beta': 'a=v1,b=v2' },
    });
  });

  it('lets a header the caller gives replace it, whatever its case', () => {
    const options = withHeaders({ headers: { 'OpenAI-Beta': 'mine' } }, { 'openai-beta': ['theirs'] });
    expect(options?.headers).toEqual({ 'openai-beta': 'mine' });
  });

  it('leaves the options as they are when no value is set', () => {
    const options = { maxRetries: 1 };
    expect(withHeaders(options, { 'openai-beta': undefined })).toBe(options);
    expect(withHeaders(undefined, { 'openai-beta': null })).toBeUndefined();
  });
});
