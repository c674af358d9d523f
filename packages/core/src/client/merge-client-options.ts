import type { Hooks } from '../hooks/hooks.js';
import { type HeadersLike, headerEntries } from '../request/header-entries.js';
import type { ClientOptions } from './client-options.js';

type Hook = (...args: never[]) => unknown;

/** Runs `first`, then `second`; async only when `first` is, so a sync hook's throw stays a sync throw. */
function both(first: Hook, second: Hook): Hook {
  return (...args: never[]) => {
    const result = first(...args);
    return result instanceof Promise ? result.then(() => second(...args)) : second(...args);
  };
}

/** Both sets of hooks, the parent's of each kind running first. */
export function mergeHooks(parent: Hooks | undefined, child: Hooks | undefined): Hooks | undefined {
  if (!parent || !child) return child ?? parent;
  const merged: Record<string, Hook | undefined> = { ...parent, ...child };
  for (const name in parent) {
    const first = parent[name as keyof Hooks] as Hook | undefined;
    const second = child[name as keyof Hooks] as Hook | undefined;
    if (first && second) merged[name] = both(first, second);
  }
  return merged as Hooks;
}

/** Both sets of headers in one record, names lowercased, the child's winning (its `null` still takes one out). */
export function mergeHeaders(parent: HeadersLike | undefined, child: HeadersLike | undefined): HeadersLike | undefined {
  if (!parent || !child) return child ?? parent;
  const merged: Record<string, string | null | undefined> = {};
  for (const layer of [parent, child]) {
    for (const [name, value] of headerEntries(layer)) merged[name.toLowerCase()] = value;
  }
  return merged;
}

/**
 * The options of a client made by `withOptions`: the new ones over the parent's, except that default headers, the
 * default query and hooks are merged (the parent's hooks run first) rather than replaced.
 */
export function mergeClientOptions<Options extends ClientOptions>(parent: Options, child: Options): Options {
  return {
    ...parent,
    ...child,
    defaultHeaders: mergeHeaders(parent.defaultHeaders, child.defaultHeaders),
    defaultQuery:
      parent.defaultQuery && child.defaultQuery
        ? { ...parent.defaultQuery, ...child.defaultQuery }
        : (child.defaultQuery ?? parent.defaultQuery),
    hooks: mergeHooks(parent.hooks, child.hooks),
  };
}
