import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { OpenApiSpec } from './spec-types.js';

/** Reads the spec from a file path (relative to `cwd`) or an http(s) URL. */
export async function loadSpec(location: string, cwd = process.cwd()): Promise<OpenApiSpec> {
  const text = /^https?:\/\//.test(location)
    ? await fetchText(location)
    : await readFile(resolve(cwd, location), 'utf8');
  const spec = JSON.parse(text) as OpenApiSpec;
  if (typeof spec.openapi !== 'string' || !spec.openapi.startsWith('3.')) {
    throw new Error(`${location} is not an OpenAPI 3 document`);
  }
  return spec;
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} failed with ${response.status}`);
  return response.text();
}
