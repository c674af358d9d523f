import type { RequestOptions } from '@org/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { findOperation } from './describe-operation.js';
import { operationTable } from './operation-table.js';
import type { OpenApiSpec, ParameterObject } from './spec-types.js';
import { loadTestSpec } from './test-spec.js';

const callOptions = [
  'signal',
  'timeout',
  'totalTimeout',
  'idleTimeout',
  'maxRetries',
  'headers',
  'query',
  'idempotencyKey',
  'extraBody',
  'path',
  'body',
  'fetchOptions',
] as const satisfies readonly (keyof RequestOptions)[];
// Every call option is in the list: a new one fails to compile here until it is added.
const everyOption: [Exclude<keyof RequestOptions, (typeof callOptions)[number]>] extends [never] ? true : false = true;

let spec: OpenApiSpec;

beforeAll(async () => {
  spec = await loadTestSpec();
});

// Core refuses a query field named like a call option (`listFiles(client, { timeout })`), which is safe only while no
// operation has such a query parameter.
describe('query parameters and call options', () => {
  it('never share a name', () => {
    expect(everyOption).toBe(true);
    const clashes: string[] = [];
    for (const entry of operationTable) {
      const [, specPath] = entry.route.split(' ');
      const shared = spec.paths[specPath!]?.parameters ?? [];
      for (const parameter of [...shared, ...(findOperation(spec, entry.route).parameters ?? [])]) {
        const { name, in: location } = parameter as ParameterObject;
        if (location === 'query' && (callOptions as readonly string[]).includes(name))
          clashes.push(`${entry.route} ${name}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});
