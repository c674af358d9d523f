// What the bench reports share: markdown tables, ✅/❌, the machine line, and writing a generated section of
// BENCHMARKS.md between its markers, keeping everything around it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export const verdict = (met) => (met ? '✅' : '❌');

export const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');

/** When and where the figures were measured. */
export const machineLine = () =>
  `Measured ${new Date().toISOString().slice(0, 10)} on Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${os.platform()} ${os.release()}.`;

/**
 * Replaces what lies between `start` and `end` in `file` with `body`; when the markers are missing, `whenMissing`
 * makes the whole file from what it holds now and the marked section.
 */
export function writeSection(file, start, end, body, whenMissing) {
  const section = `${start}\n${body}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from !== -1 && to > from
      ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}`
      : whenMissing(current, section);
  writeFileSync(file, next);
}
