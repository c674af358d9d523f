// Every error class any package exports states its own kind, unique across the workspace: a class without one would
// inherit its parent's, and every instance of the parent would pass `instanceof` it (through a copy of the package,
// where the kind is all `instanceof` compares).
import { pathToFileURL } from 'node:url';
import { APIError, StreamError } from '@org/core';
import { describe, expect, it } from 'vitest';
import { type ExportedValue, errorKindProblems, isErrorClass } from './support/error-kind-problems.js';
import { runtimeEntries } from './support/runtime-entries.js';
import { listWorkspacePackages } from './support/workspace-packages.js';

async function loadExports(): Promise<ExportedValue[]> {
  const entries = listWorkspacePackages().flatMap((pkg) =>
    runtimeEntries(pkg).map((entry) => ({ ...entry, name: `${pkg.name}${entry.subpath.slice(1)}` })),
  );
  const modules = await Promise.all(
    entries.map(async ({ name, file }) => ({ name, module: (await import(pathToFileURL(file).href)) as object })),
  );
  return modules.flatMap(({ name, module }) =>
    Object.entries(module).map(([exportName, value]) => ({ where: `${name}: ${exportName}`, value })),
  );
}

describe('error kinds', () => {
  it('every error class a package exports states its own kind, its name, shared with no other class', async () => {
    const exported = await loadExports();
    const errorClasses = exported.filter(({ value }) => isErrorClass(value));
    expect(errorClasses.map(({ where }) => where)).toEqual(
      expect.arrayContaining(['@org/core: RateLimitError', '@org/responses: ResponseFailedError']),
    );
    expect(errorKindProblems(exported)).toEqual([]);
  });

  it('the check finds a class without a kind, a kind that is not the name, and a kind two classes share', () => {
    class ForgetfulError extends APIError {}
    class MisnamedError extends StreamError {
      static override readonly kind: string = 'StreamFailure';
    }
    class CopiedKindError extends StreamError {
      static override readonly kind: string = 'StreamError';
    }
    class FineError extends StreamError {
      static override readonly kind: string = 'FineError';
    }
    const problems = errorKindProblems([
      { where: 'a: StreamError', value: StreamError },
      { where: 'a: ForgetfulError', value: ForgetfulError },
      { where: 'a: MisnamedError', value: MisnamedError },
      { where: 'a: CopiedKindError', value: CopiedKindError },
      { where: 'a: FineError', value: FineError },
      { where: 'b: StreamError', value: StreamError },
      { where: 'a: Error', value: Error },
    ]);
    expect(problems).toEqual([
      "a: ForgetfulError states no kind of its own, so it would answer instanceof by its parent's (APIError)",
      'a: MisnamedError has the kind StreamFailure, not its name MisnamedError',
      'a: CopiedKindError has the kind StreamError, not its name CopiedKindError',
      'b: StreamError and a: CopiedKindError share the kind StreamError',
    ]);
  });
});
