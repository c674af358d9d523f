import type { Hooks } from '../hooks/hooks.js';
import type { Logger } from '../logging/logger.js';
import type { Transport } from '../transport/transport.js';
import type { ApiKeySource } from './client-options.js';

/** Client options checked and filled with defaults: what the request pipeline reads. */
export interface ClientConfig {
  apiKey: ApiKeySource;
  baseURL: string;
  /** Lowercased names. */
  headers: Record<string, string>;
  defaultQuery: Record<string, unknown> | undefined;
  timeout: number;
  totalTimeout: number | undefined;
  idleTimeout: number | undefined;
  maxRetries: number;
  maxRetryAfter: number;
  lenientStreamEnd: boolean | undefined;
  hooks: Hooks;
  logger: Logger;
  /** `redact`, lowercased. */
  redact: readonly string[] | undefined;
  /** Whether debug lines are wanted, so the hot path builds none otherwise. */
  debug: boolean;
  transport: Transport;
}
