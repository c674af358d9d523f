import type { Logger } from '../logging/logger.js';

/** A logger that keeps each line, its details as JSON, for assertions on what a client logs. */
export function recordingLogger() {
  const lines: string[] = [];
  const log = (message: string, details?: Record<string, unknown>) =>
    lines.push(`${message} ${JSON.stringify(details)}`);
  const logger: Logger = { error: log, warn: log, info: log, debug: log };
  return { lines, logger };
}
