import { runCommand } from './run-command.js';

interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}

/** Runs @arethetypeswrong/cli (strict profile) on a tarball; one line per problem, empty when the types are right. */
export async function checkTypesExports(tarball: string): Promise<string[]> {
  const result = await runCommand('pnpm', ['exec', 'attw', tarball, '--format', 'json'], { timeoutMs: 180_000 });
  let report: { problems?: Record<string, AttwProblem[]> | AttwProblem[] };
  try {
    report = JSON.parse(result.stdout) as typeof report;
  } catch {
    return [`attw did not run (exit ${result.code}): ${result.stderr.trim() || result.stdout.trim()}`];
  }
  const problems = Object.values(report.problems ?? {}).flat();
  return problems.map((p) => `${p.kind} for "${p.entrypoint ?? '.'}" under ${p.resolutionKind ?? 'any'} resolution`);
}
