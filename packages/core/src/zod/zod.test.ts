import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import * as zm from 'zod/mini';
import * as z3 from 'zod/v3';
import { InvalidInputError } from '../errors/invalid-input-error.js';
import { MissingDependencyError } from '../errors/missing-dependency-error.js';
import { OutputParseError } from '../errors/output-errors.js';
import { parseWithSchema } from './parse-with-schema.js';
import { toStrictJsonSchema } from './to-strict-json-schema.js';
import { zodTool } from './zod-tool.js';

const Event = z.object({
  name: z.string(),
  date: z.string().nullable(),
  attendees: z.array(z.object({ email: z.string(), role: z.enum(['host', 'guest']) })),
});

describe('toStrictJsonSchema', () => {
  it('requires every property and forbids extra ones, at every depth', () => {
    expect(toStrictJsonSchema(Event)).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string' },
        date: { type: ['string', 'null'] },
        attendees: {
          type: 'array',
          items: {
            type: 'object',
            properties: { email: { type: 'string' }, role: { type: 'string', enum: ['host', 'guest'] } },
            required: ['email', 'role'],
            additionalProperties: false,
          },
        },
      },
      required: ['name', 'date', 'attendees'],
      additionalProperties: false,
    });
  });

  it('accepts zod/mini schemas', () => {
    expect(toStrictJsonSchema(zm.object({ ok: zm.boolean() }))).toMatchObject({ required: ['ok'] });
  });

  it('refuses a zod 3 schema, saying to build it with zod 4', () => {
    const schema = z3.object({ ok: z3.boolean() }) as unknown as z.ZodType;
    expect(() => toStrictJsonSchema(schema, 'response_format ok')).toThrow(
      "Invalid `response_format ok`: expected a zod 4 schema: with zod 3.25 or later, import { z } from 'zod/v4'",
    );
  });

  it('names an optional field and says what to use instead', () => {
    const schema = z.object({ user: z.object({ nickname: z.string().optional() }) });
    expect(() => toStrictJsonSchema(schema)).toThrow(InvalidInputError);
    expect(() => toStrictJsonSchema(schema)).toThrow(/`user\.nickname` is optional.*\.nullable\(\)/);
  });

  it('refuses a root that is not an object', () => {
    expect(() => toStrictJsonSchema(z.array(z.string()))).toThrow(/root must be an object/);
  });

  it('refuses what JSON schema cannot express', () => {
    expect(() => toStrictJsonSchema(z.object({ when: z.date() }))).toThrow(/cannot be expressed as JSON schema/);
  });
});

describe('parseWithSchema', () => {
  it('returns the typed value', () => {
    const value = parseWithSchema(Event, '{"name":"launch","date":null,"attendees":[]}', 'The response');
    expect(value.name).toBe('launch');
  });

  it('says when the text is not JSON', () => {
    expect(() => parseWithSchema(Event, '{"name": "laun', 'The response')).toThrow(
      /The response is not valid JSON: \{"name": "laun/,
    );
  });

  it('lists where the value does not match', () => {
    const error = (() => {
      try {
        parseWithSchema(Event, '{"name":1,"date":null,"attendees":[{"email":"a","role":"boss"}]}', 'The response');
      } catch (caught) {
        return caught as OutputParseError;
      }
    })();
    expect(error).toBeInstanceOf(OutputParseError);
    expect(error?.message).toMatch(/name: .*expected string/);
    expect(error?.message).toMatch(/attendees\.0\.role/);
  });
});

describe('zodTool', () => {
  it('sends a strict schema and hands run typed, validated arguments', async () => {
    const tool = zodTool({
      name: 'get_weather',
      parameters: z.object({ city: z.string(), unit: z.enum(['c', 'f']) }),
      run: ({ city, unit }) => `${city}: 21°${unit}`,
    });
    expect(tool).toMatchObject({ strict: true, parameters: { required: ['city', 'unit'] } });
    const args = tool.parse('{"city":"Oslo","unit":"c"}');
    expect(await tool.run(args, { signal: new AbortController().signal, callId: 'c1' })).toBe('Oslo: 21°c');
    expect(() => tool.parse('{"city":"Oslo"}')).toThrow(/arguments of tool `get_weather` does not match/);
  });
});

describe('without zod 3.25 or later', () => {
  const loadError = Object.assign(new Error("Cannot find package 'zod'"), { code: 'ERR_MODULE_NOT_FOUND' });

  /** The zod entry's modules, loaded afresh as if `import('zod/v4/core')` had failed. */
  async function loadWithoutZod() {
    vi.resetModules();
    vi.doMock('./load-zod-core.js', () => ({ zodCoreLoad: { error: loadError } }));
    return import('../zod.js');
  }

  afterEach(() => {
    vi.doUnmock('./load-zod-core.js');
    vi.resetModules();
  });

  it('each helper throws MissingDependencyError naming itself and what to install, the load error as cause', async () => {
    const { parseWithSchema, toStrictJsonSchema, zodTool } = await loadWithoutZod();
    const calls = {
      toStrictJsonSchema: () => toStrictJsonSchema(Event),
      parseWithSchema: () => parseWithSchema(Event, '{}', 'The response'),
      zodTool: () => zodTool({ name: 'get_weather', parameters: Event, run: () => 'sunny' }),
    };
    for (const [helper, call] of Object.entries(calls)) {
      const error = (() => {
        try {
          call();
        } catch (caught) {
          return caught as MissingDependencyError;
        }
      })();
      expect(error).toBeInstanceOf(MissingDependencyError);
      expect(error).toMatchObject({ dependency: 'zod', cause: loadError });
      expect(error?.message).toBe(
        `${helper} needs zod 3.25 or later, or zod 4, and zod is not installed or too old to have 'zod/v4/core': install it (npm install zod)`,
      );
    }
  });
});
