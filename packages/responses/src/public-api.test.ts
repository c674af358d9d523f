import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as main from './index.js';
import * as zodEntry from './zod.js';

/** Every module a source file reaches, following relative imports. */
function reachedModules(file: URL, seen = new Map<string, string[]>()): Map<string, string[]> {
  if (seen.has(file.href)) return seen;
  const source = readFileSync(file, 'utf8');
  const specifiers = [...source.matchAll(/^(?:import|export)\b[^'"]*from\s+'([^']+)'/gm)].map(
    (match) => match[1] ?? '',
  );
  seen.set(file.href, specifiers);
  for (const specifier of specifiers) {
    if (specifier.startsWith('.')) reachedModules(new URL(specifier.replace(/\.js$/, '.ts'), file), seen);
  }
  return seen;
}

describe('public API', () => {
  it('keeps the hand-written exports of the main entry', () => {
    const handWritten = [
      'parsedResponseStream',
      'responseStream',
      'getOutputText',
      'jsonSchemaTextFormat',
      'outputParser',
      'parseResponse',
      'parseResponseOutput',
      'reconnectResponseStream',
      'ResponseFailedError',
      'ResponseStream',
      'responseStreamFromReadableStream',
      'runResponseTools',
      'streamResponseTools',
      'toResponseTool',
    ];
    expect(Object.keys(main)).toEqual(expect.arrayContaining(handWritten));
    expect(Object.keys(zodEntry).sort()).toEqual(['zodTextFormat', 'zodTool']);
  });

  it('never reaches zod from the main entry', () => {
    const imports = [...reachedModules(new URL('./index.ts', import.meta.url)).values()].flat();
    expect(imports.filter((specifier) => /(^|\/)zod($|\/)/.test(specifier))).toEqual([]);
    expect(imports).toContain('@org/core');
  });
});
