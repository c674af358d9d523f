import { builtinModules } from 'node:module';
import type { Plugin } from 'esbuild';

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Marks Node built-in imports external and records who imported them, so a test can list them instead of crashing. */
export function nodeBuiltinsRecorder(found: string[]): Plugin {
  return {
    name: 'node-builtins-recorder',
    setup(build) {
      build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
        const bare = args.path.split('/')[0] as string;
        if (!builtins.has(args.path) && !builtins.has(bare) && !args.path.startsWith('node:')) return undefined;
        found.push(`${args.path} (imported by ${args.importer})`);
        return { path: args.path, external: true };
      });
    },
  };
}
