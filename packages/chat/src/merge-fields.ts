import { isRecord } from '@org/core/internal';

export type Json = Record<string, unknown>;

// Keys from a server must never reach a prototype.
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/** Copies the fields of `source` onto `target`, the last value winning; empty values and `skip` are left out. */
export function copyFields(target: object, source: Json, skip: ReadonlySet<string>): void {
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value === null || value === undefined || value === '' || skip.has(key) || UNSAFE.has(key)) continue;
    (target as Json)[key] = value;
  }
}

/**
 * Folds the fields of a delta the assembler has no rule for (`reasoning_content`, `audio`, `function_call`, …) into
 * `target`: text is appended, lists are concatenated, objects are folded field by field, anything else replaced.
 */
export function mergeFields(target: Json, delta: Json, skip?: ReadonlySet<string>): void {
  for (const key of Object.keys(delta)) {
    const value = delta[key];
    if (value === null || value === undefined || skip?.has(key) || UNSAFE.has(key)) continue;
    const current = Object.hasOwn(target, key) ? target[key] : undefined;
    if (typeof value === 'string' && typeof current === 'string') target[key] = current + value;
    else if (Array.isArray(value)) {
      if (Array.isArray(current)) current.push(...value);
      else target[key] = [...value];
    } else if (isRecord(value)) {
      const folded = isRecord(current) ? current : {};
      mergeFields(folded, value);
      target[key] = folded;
    } else target[key] = value;
  }
}
