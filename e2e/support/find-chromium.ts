import { existsSync } from 'node:fs';

/** Debian's Chromium (TOOLCHAIN §7), or CHROMIUM_PATH; undefined when neither is installed. */
export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (candidate): candidate is string => typeof candidate === 'string' && existsSync(candidate),
  );
}
