import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Bytes of every file under `dir`, as `du --apparent-size` counts them. */
export function directorySize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name);
    if (entry.isDirectory()) total += directorySize(entryPath);
    else if (entry.isFile()) total += statSync(entryPath).size;
  }
  return total;
}
