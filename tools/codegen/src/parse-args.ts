export interface CliArgs {
  spec: string;
  /** Repo root to write into. */
  out: string | undefined;
  /** Only report whether the committed output is current; write nothing. */
  check: boolean;
}

const usage = 'Usage: codegen --spec <path-or-url> [--out <repo-root>] [--check]';

export function parseArgs(argv: string[]): CliArgs {
  let spec: string | undefined;
  let out: string | undefined;
  let check = false;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--spec') spec = argv[++index];
    else if (arg?.startsWith('--spec=')) spec = arg.slice('--spec='.length);
    else if (arg === '--out') out = argv[++index];
    else if (arg?.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--check') check = true;
    else if (arg === '--') continue;
    else throw new Error(`Unknown argument ${arg}\n${usage}`);
  }
  if (spec === undefined) throw new Error(`Missing --spec\n${usage}`);
  return { spec, out, check };
}
