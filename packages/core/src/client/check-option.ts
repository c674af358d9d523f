import { ConfigError } from '../errors/config-error.js';
import { HEADER_TEXT, hasUnsafeText } from '../request/has-unsafe-text.js';

/** What a valid value looks like, as a test and the words that complete "expected …". */
type Rule = readonly [test: (value: unknown) => boolean, expected: string];

export const textRule: Rule = [
  (value) => typeof value === 'string' && !hasUnsafeText(value),
  `a string of ${HEADER_TEXT}`,
];
const objectRule: Rule = [(value) => typeof value === 'object' && value !== null, 'an object'];
const functionRule: Rule = [(value) => typeof value === 'function', 'a function'];
const anyRule: Rule = [() => true, ''];
// Timers fire at once for a longer wait than this (about 24.8 days), which would turn a huge timeout into none.
const MAX_TIMER_MS = 2 ** 31 - 1;
const positiveMs: Rule = [
  (value) => typeof value === 'number' && value > 0 && value <= MAX_TIMER_MS,
  `a positive number of milliseconds up to ${MAX_TIMER_MS}`,
];
const ms: Rule = [
  (value) => typeof value === 'number' && value >= 0 && value <= MAX_TIMER_MS,
  `a number of milliseconds from 0 to ${MAX_TIMER_MS}`,
];
const count: Rule = [(value) => Number.isInteger(value) && (value as number) >= 0, 'a whole number, 0 or more'];

/** Every option `createClient` and the per-request options know, with its rule; any other name is refused. */
const rules: Record<string, Rule> = {
  provider: objectRule,
  apiKey: anyRule,
  baseURL: textRule,
  organization: anyRule,
  project: anyRule,
  defaultHeaders: objectRule,
  defaultQuery: objectRule,
  timeout: positiveMs,
  totalTimeout: positiveMs,
  idleTimeout: positiveMs,
  maxRetries: count,
  maxRetryAfter: ms,
  lenientStreamEnd: anyRule,
  fetch: functionRule,
  dispatcher: anyRule,
  fetchOptions: objectRule,
  hooks: objectRule,
  logLevel: anyRule,
  logger: objectRule,
  redact: objectRule,
  dangerouslyAllowBrowser: anyRule,
};

function problemWith(rule: Rule, value: unknown): string | undefined {
  if (value === undefined || rule[0](value)) return undefined;
  return `expected ${rule[1]}, got ${typeof value === 'number' ? value : typeof value}`;
}

/** Returns `value` when it is undefined or passes `name`'s rule; else throws a `ConfigError` naming the option. */
export function checkOption<T>(name: string, value: T, rule: Rule | undefined = rules[name]): T {
  if (!rule) throw new ConfigError(name, 'unknown option');
  const problem = problemWith(rule, value);
  if (problem) throw new ConfigError(name, problem);
  return value;
}

/** What is wrong with a call's option `name`, judged by the client option of that name; undefined when nothing is. */
export function callOptionProblem(name: string, value: unknown): string | undefined {
  const rule = rules[name];
  return rule && problemWith(rule, value);
}
