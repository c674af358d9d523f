import { describe, expect, it } from 'vitest';
import { compilePathPattern } from './path-pattern.js';
import { parseRequestTarget } from './request-target.js';

describe('compilePathPattern', () => {
  it('matches literal paths exactly, treating regex characters literally', () => {
    const matches = compilePathPattern('/models/gpt-4.1');

    expect(matches('/models/gpt-4.1')).toEqual({});
    expect(matches('/models/gpt-4x1')).toBeUndefined();
    expect(matches('/models/gpt-4.1/extra')).toBeUndefined();
  });

  it('captures {name} segments, decoded', () => {
    const matches = compilePathPattern('/threads/{thread_id}/runs/{run_id}');

    expect(matches('/threads/t%201/runs/r2')).toEqual({ thread_id: 't 1', run_id: 'r2' });
    expect(matches('/threads//runs/r2')).toBeUndefined();
    expect(matches('/threads/a/b/runs/r2')).toBeUndefined();
  });
});

describe('parseRequestTarget', () => {
  it('keeps percent-encoding and strips only a whole /v1 segment', () => {
    expect(parseRequestTarget('/v1/files/a%2Fb?x=1')).toMatchObject({
      path: '/v1/files/a%2Fb',
      routePath: '/files/a%2Fb',
    });
    expect(parseRequestTarget('/v10/models').routePath).toBe('/v10/models');
    expect(parseRequestTarget('/v1').routePath).toBe('/');
    expect(parseRequestTarget('http://host:1/v1/models?a=b').path).toBe('/v1/models');
  });
});
