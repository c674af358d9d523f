import { noop } from '../utils/noop.js';

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

export type LogFunction = (message: string, details?: Record<string, unknown>) => void;

/** Where log lines go; `console` fits. */
export interface Logger {
  error: LogFunction;
  warn: LogFunction;
  info: LogFunction;
  debug: LogFunction;
}

export const logLevels: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

/** A logger that drops lines below `level`, so a quiet client pays nothing for building them. */
export function createLevelLogger(level: LogLevel, sink: Logger): Logger {
  const rank = logLevels.indexOf(level);
  const at = (name: Exclude<LogLevel, 'off'>): LogFunction =>
    logLevels.indexOf(name) <= rank ? (message, details) => sink[name](`[openai] ${message}`, details ?? {}) : noop;
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
