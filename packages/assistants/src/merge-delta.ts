import { isRecord } from '@org/core/internal';

/** Fields whose deltas are pieces of one string: appended. Every other field a delta brings replaces the old value. */
const appended: ReadonlySet<string> = /* @__PURE__ */ new Set(['value', 'arguments', 'input', 'logs', 'refusal']);

/** Keys a delta from the wire must never write, lest it reach a prototype. */
const unsafe: ReadonlySet<string> = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Merges a delta of the Assistants API into the snapshot it builds: strings of the streaming fields appended, objects
 * merged, and list items placed at the position their `index` names (which the snapshot's items do not keep).
 * Returns `target`, changed; never keeps a reference to anything in `delta`.
 */
export function mergeDelta(target: Record<string, unknown>, delta: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(delta)) {
    if (unsafe.has(key)) continue;
    const value = delta[key];
    const current = target[key];
    if (typeof value === 'string' && typeof current === 'string' && appended.has(key)) {
      target[key] = current + value;
    } else if (Array.isArray(value)) {
      const list = Array.isArray(current) ? current : [];
      target[key] = list;
      for (const item of value) {
        if (isRecord(item) && typeof item.index === 'number') {
          const { index, ...rest } = item;
          const existing = list[index];
          list[index] = mergeDelta(isRecord(existing) ? existing : {}, rest);
        } else {
          list.push(isRecord(item) ? mergeDelta({}, item) : item);
        }
      }
    } else if (isRecord(value)) {
      target[key] = mergeDelta(isRecord(current) ? current : {}, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}
