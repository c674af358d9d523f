import { describe, expect, it } from 'vitest';
import { buildOutput } from './build-output.js';
import { propertyDoc, propertyFacts } from './property-doc.js';
import type { SchemaObject } from './spec-types.js';
import { loadTestSpec } from './test-spec.js';

/** A schema with keywords `SchemaObject` does not declare. */
function schema(keywords: Record<string, unknown>): SchemaObject {
  return keywords as SchemaObject;
}

describe('propertyDoc', () => {
  it('states defaults, quoting strings', () => {
    expect(propertyDoc(schema({ type: 'integer', default: 1 }))).toBe('/** Default: 1. */\n');
    expect(propertyDoc(schema({ type: 'string', default: 'auto' }))).toBe("/** Default: 'auto'. */\n");
    expect(propertyDoc(schema({ type: 'boolean', default: false }))).toBe('/** Default: false. */\n');
  });

  it('leaves out defaults that say nothing or do not fit a short line', () => {
    expect(propertyDoc(schema({ type: 'string', nullable: true, default: null }))).toBe('');
    expect(propertyDoc(schema({ type: 'string', enum: ['list'], default: 'list' }))).toBe('');
    expect(propertyDoc(schema({ type: 'object', default: { a: 'x'.repeat(50) } }))).toBe('');
  });

  it('states numeric ranges, inclusive and exclusive', () => {
    expect(propertyFacts(schema({ type: 'number', minimum: -2, maximum: 2 }))).toEqual(['From -2 to 2.']);
    expect(propertyFacts(schema({ type: 'integer', minimum: 0 }))).toEqual(['At least 0.']);
    expect(propertyFacts(schema({ type: 'integer', maximum: 100 }))).toEqual(['At most 100.']);
    expect(propertyFacts(schema({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 1 }))).toEqual([
      'Greater than 0 and at most 1.',
    ]);
    expect(propertyFacts(schema({ type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 }))).toEqual([
      'Greater than 0 and less than 1.',
    ]);
  });

  it('leaves out bounds that are only the limits of a 64-bit integer', () => {
    expect(propertyFacts(schema({ type: 'integer', minimum: -(2 ** 63), maximum: 2 ** 63 }))).toEqual([]);
  });

  it('states length, pattern and item limits, and telling formats', () => {
    expect(propertyFacts(schema({ type: 'string', maxLength: 512 }))).toEqual(['At most 512 characters.']);
    expect(propertyFacts(schema({ type: 'string', minLength: 1, maxLength: 64 }))).toEqual(['1 to 64 characters.']);
    expect(propertyFacts(schema({ type: 'string', pattern: '^[a-z]+$' }))).toEqual(['Matches `^[a-z]+$`.']);
    expect(propertyFacts(schema({ type: 'array', minItems: 1 }))).toEqual(['At least 1 item.']);
    expect(propertyFacts(schema({ type: 'array', minItems: 2, maxItems: 2 }))).toEqual(['Exactly 2 items.']);
    expect(propertyFacts(schema({ type: 'integer', format: 'unixtime' }))).toEqual(['Unix time in seconds.']);
    expect(propertyFacts(schema({ type: 'number', format: 'double' }))).toEqual([]);
  });

  it('marks deprecated properties, alone or after the facts', () => {
    expect(propertyDoc({ type: 'string', deprecated: true })).toBe('/** @deprecated */\n');
    expect(propertyDoc(schema({ type: 'integer', default: 1, deprecated: true }))).toBe(
      '/**\n * Default: 1.\n * @deprecated\n */\n',
    );
  });

  it('says nothing when the schema has no facts, whatever its prose', () => {
    expect(propertyDoc({ type: 'string', description: 'The name of the thing, as long as you like it.' })).toBe('');
    expect(propertyDoc({ $ref: '#/components/schemas/Thing', title: 'Thing' })).toBe('');
  });

  it('cannot end its comment early', () => {
    expect(propertyDoc(schema({ type: 'string', pattern: '^a*/b$' }))).toBe('/** Matches `^a*\\/b$`. */\n');
  });
});

/** Every `description` in the spec, wherever it is. */
function descriptions(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) descriptions(item, found);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'description' && typeof item === 'string') found.push(item);
      else descriptions(item, found);
    }
  }
  return found;
}

describe('generated doc comments', () => {
  it('copy no prose from the spec', async () => {
    const spec = await loadTestSpec();
    const window = 40;
    // The first 40 characters of every description long enough to be prose, whitespace collapsed.
    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    const prefixes = new Set(
      descriptions(spec)
        .map(collapse)
        .filter((text) => text.length > window)
        .map((text) => text.slice(0, window)),
    );
    expect(prefixes.size).toBeGreaterThan(1000);
    const { files } = await buildOutput(spec);
    const leaks: string[] = [];
    let comments = 0;
    for (const [path, text] of files) {
      for (const match of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
        comments++;
        const comment = collapse(match[0].replace(/^\s*\*+\/?|\/\*\*/gm, ' '));
        for (let index = 0; index + window <= comment.length; index++) {
          if (prefixes.has(comment.slice(index, index + window))) {
            leaks.push(`${path}: ${comment.slice(index, index + window)}`);
            break;
          }
        }
      }
    }
    expect(comments).toBeGreaterThan(1000);
    expect(leaks).toEqual([]);
  });
});
