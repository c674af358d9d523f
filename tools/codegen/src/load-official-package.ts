import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The official client's constructor, as far as the comparison needs it. */
export type OfficialClientClass = new (options: Record<string, unknown>) => object;

/**
 * The official `openai` package as `bench/` installs it (`node bench/setup.mjs`; outside the pnpm workspace, as it
 * declares node>=22 yet runs on 20). Fails naming the command when it is not there: the comparison is no test without it.
 */
export async function loadOfficialPackage(): Promise<{ OpenAI: OfficialClientClass; version: string }> {
  const benchRequire = createRequire(new URL('../../../bench/package.json', import.meta.url));
  let entry: string;
  try {
    entry = benchRequire.resolve('openai');
  } catch {
    throw new Error('The official openai package is not installed in bench/: run `node bench/setup.mjs`.');
  }
  const module = (await import(pathToFileURL(entry).href)) as { default: OfficialClientClass };
  // The package's exports leave out its package.json; its entry sits beside it.
  const { version } = JSON.parse(readFileSync(join(dirname(entry), 'package.json'), 'utf8')) as { version: string };
  return { OpenAI: module.default, version };
}
