import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './repo-root.js';

/** The official package as `node bench/setup.mjs` installs it (`.ci/run` does, before the tests). */
export const officialPackageDir = path.join(repoRoot, 'bench', 'node_modules', 'openai');

/** Where the examples are written, with the import changed: ignored by git, rewritten by every run. */
export const examplesDir = path.join(repoRoot, 'e2e', '.official-readme');

export interface ReadmeExample {
  /** `example-07.ts`: its place among the README's TypeScript and JavaScript blocks. */
  file: string;
  /** The block as the README gives it. */
  source: string;
}

/** The version of the installed official package, whose README the examples come from. */
export function officialVersion(): string {
  const manifest = path.join(officialPackageDir, 'package.json');
  if (!existsSync(manifest)) throw new Error(`The official package is not installed: run \`node bench/setup.mjs\`.`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** Every TypeScript or JavaScript block of the official README, in order. */
export function readmeExamples(): ReadmeExample[] {
  const readme = readFileSync(path.join(officialPackageDir, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```(?:ts|typescript|js|javascript)\n([\s\S]*?)```/g)];
  return blocks.map((match, index) => ({ file: `example-${String(index).padStart(2, '0')}.ts`, source: match[1]! }));
}

/**
 * The example as a user migrating would have it: `openai` (and `npm:openai`, Deno's spelling) imported as
 * `@org/openai`, subpaths included. A fragment that uses `OpenAI`, `client` or `openai` without making them, as the
 * README's later blocks do, gets them made first, as the README's first blocks make them; a stream it leaves to the
 * reader (`myReadableStream`) is declared.
 */
export function migrated(source: string): string {
  const changed = source.replace(/from '(?:npm:)?openai((?:\/[^']*)?)'/g, "from '@org/openai$1'");
  const preamble: string[] = [];
  if (!/^import OpenAI\b/m.test(changed) && /\bOpenAI\b|\b(client|openai)\./.test(changed)) {
    preamble.push("import OpenAI from '@org/openai';");
  }
  if (/\bclient\b/.test(changed) && !/const client\b/.test(changed)) preamble.push('const client = new OpenAI();');
  if (/\bopenai\./.test(changed) && !/const openai\b/.test(changed)) preamble.push('const openai = new OpenAI();');
  if (changed.includes('myReadableStream'))
    preamble.push('declare const myReadableStream: ReadableStream<Uint8Array>;');
  return `${[...preamble, changed].join('\n')}\nexport {};\n`;
}

/**
 * Types of the other packages the README's examples import (Next.js, Azure identity, pino, a custom fetch, Deno),
 * as far as the examples use them: the examples are checked against our package, not against those.
 */
const otherPackages = `
declare module 'next/headers' {
  export function headers(): Promise<Headers>;
}
declare module '@azure/identity' {
  export class DefaultAzureCredential {}
  export function getBearerTokenProvider(credential: unknown, scope: string): () => Promise<string>;
}
declare module 'pino' {
  interface Logger {
    child(bindings: object): Logger;
    debug(...args: unknown[]): void;
    info(...args: unknown[]): void;
    warn(...args: unknown[]): void;
    error(...args: unknown[]): void;
  }
  export default function pino(): Logger;
}
declare module 'my-fetch' {
  const fetch: typeof globalThis.fetch;
  export default fetch;
}
declare const Deno: { createHttpClient(options: object): unknown };
`;

/**
 * Writes every example with its import changed, the declarations of the other packages, and a tsconfig: the
 * repository's strict settings, less indexing `choices[0]` without a check, which README fragments do. `undici`
 * resolves to the copy `@org/core` depends on.
 */
export function writeExamples(examples: ReadmeExample[]): void {
  rmSync(examplesDir, { recursive: true, force: true });
  mkdirSync(examplesDir, { recursive: true });
  for (const example of examples) writeFileSync(path.join(examplesDir, example.file), migrated(example.source));
  writeFileSync(path.join(examplesDir, 'other-packages.d.ts'), otherPackages);
  const tsconfig = {
    extends: '../../tsconfig.base.json',
    compilerOptions: {
      noEmit: true,
      noUncheckedIndexedAccess: false,
      types: ['node'],
      paths: { undici: ['../../packages/core/node_modules/undici'] },
    },
    include: ['*.ts'],
  };
  writeFileSync(path.join(examplesDir, 'tsconfig.json'), JSON.stringify(tsconfig, null, 2));
}

/**
 * The type errors of each example file, from `tsc`'s output. A parameter left untyped (TS7006) is the README's
 * shorthand, not a difference between the packages.
 */
export function errorsByFile(tscOutput: string): Map<string, string[]> {
  const errors = new Map<string, string[]>();
  for (const match of tscOutput.matchAll(/^(example-\d+\.ts)\(\d+,\d+\): (error TS(?!7006:)\d+: .*)$/gm)) {
    errors.set(match[1]!, [...(errors.get(match[1]!) ?? []), match[2]!]);
  }
  return errors;
}
