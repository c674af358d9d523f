import { readFile } from 'node:fs/promises';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

/** publint on a packed tarball; warnings and errors as readable lines (suggestions are left to the author). */
export async function lintPackageTarball(tarball: string): Promise<string[]> {
  const bytes = await readFile(tarball);
  const tarballData = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { messages, pkg } = await publint({ pack: { tarball: tarballData }, level: 'warning' });
  return messages.map((message) => `${message.type}: ${formatMessage(message, pkg, { color: false }) ?? message.code}`);
}
