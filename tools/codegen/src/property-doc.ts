import type { SchemaObject } from './spec-types.js';

/** Schema keywords a property doc comment is built from; never `description`, `title` or examples. */
interface FactKeywords {
  default?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  exclusiveMinimum?: unknown;
  exclusiveMaximum?: unknown;
  minLength?: unknown;
  maxLength?: unknown;
  pattern?: unknown;
  minItems?: unknown;
  maxItems?: unknown;
  format?: unknown;
}

/** A default longer than this is left out: the comment stays one short line. */
const maxDefaultLength = 40;
const maxPatternLength = 40;

/** Formats that say something the TypeScript type does not (`binary` is already `Uploadable`). */
const formatNotes: Record<string, string> = {
  unixtime: 'Unix time in seconds.',
  'date-time': 'An ISO 8601 date and time.',
  date: 'An ISO 8601 date.',
  uri: 'A URI.',
  email: 'An email address.',
  uuid: 'A UUID.',
};

/** A usable bound: a finite number that prints exactly (not an int64 limit that only says "an integer"). */
function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER;
}

/** Text that cannot end the comment it goes in. */
function safe(text: string): string {
  return text.replaceAll('*/', '*\\/');
}

function numberRange(schema: FactKeywords): string | undefined {
  // OpenAPI 3.0 spells an exclusive bound as a boolean beside `minimum`; 3.1 as a number of its own.
  const lowExclusive = schema.exclusiveMinimum === true || isNumber(schema.exclusiveMinimum);
  const highExclusive = schema.exclusiveMaximum === true || isNumber(schema.exclusiveMaximum);
  const low = isNumber(schema.exclusiveMinimum) ? schema.exclusiveMinimum : schema.minimum;
  const high = isNumber(schema.exclusiveMaximum) ? schema.exclusiveMaximum : schema.maximum;
  const hasLow = isNumber(low);
  const hasHigh = isNumber(high);
  if (hasLow && hasHigh && !lowExclusive && !highExclusive) return `From ${low} to ${high}.`;
  const parts: string[] = [];
  if (hasLow) parts.push(`${lowExclusive ? 'greater than' : 'at least'} ${low}`);
  if (hasHigh) parts.push(`${highExclusive ? 'less than' : 'at most'} ${high}`);
  if (parts.length === 0) return undefined;
  const text = parts.join(' and ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function countRange(min: unknown, max: unknown, unit: string): string | undefined {
  const hasMin = isNumber(min) && min > 0;
  const hasMax = isNumber(max);
  const plural = (count: number) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (hasMin && hasMax) return min === max ? `Exactly ${plural(max)}.` : `${min} to ${plural(max)}.`;
  if (hasMin) return `At least ${plural(min)}.`;
  if (hasMax) return `At most ${plural(max)}.`;
  return undefined;
}

function defaultFact(schema: SchemaObject, value: unknown): string | undefined {
  // A `null` default says no more than leaving the field out; a single allowed value is already the type.
  if (value === undefined || value === null) return undefined;
  if (schema.const !== undefined || schema.enum?.length === 1) return undefined;
  const text = typeof value === 'string' && !/['\\\n]/.test(value) ? `'${value}'` : JSON.stringify(value);
  if (text === undefined || text.length > maxDefaultLength) return undefined;
  return `Default: ${text}.`;
}

/**
 * What a property's schema says about its values beyond its TypeScript type: default, numeric range, length and
 * item limits, pattern, a telling format. Built from keywords only, never from the spec's prose.
 */
export function propertyFacts(schema: SchemaObject): string[] {
  const keywords = schema as FactKeywords;
  const facts: string[] = [];
  const push = (fact: string | undefined) => {
    if (fact !== undefined) facts.push(safe(fact));
  };
  push(defaultFact(schema, keywords.default));
  push(numberRange(keywords));
  push(countRange(keywords.minLength, keywords.maxLength, 'character'));
  if (typeof keywords.pattern === 'string' && keywords.pattern.length <= maxPatternLength) {
    push(`Matches \`${keywords.pattern}\`.`);
  }
  push(countRange(keywords.minItems, keywords.maxItems, 'item'));
  if (typeof keywords.format === 'string') push(formatNotes[keywords.format]);
  return facts;
}

/** The doc comment above a property, with its trailing newline; empty when there is nothing to say. */
export function propertyDoc(schema: SchemaObject): string {
  const facts = propertyFacts(schema).join(' ');
  const deprecated = schema.deprecated === true;
  if (facts === '') return deprecated ? '/** @deprecated */\n' : '';
  return deprecated ? `/**\n * ${facts}\n * @deprecated\n */\n` : `/** ${facts} */\n`;
}
