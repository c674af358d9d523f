/**
 * A weak reference to `target` where the runtime has them, else a strong one: Cloudflare Workers lack `WeakRef`
 * unless a compatibility flag is set, and there the garbage collector could not reap it anyway.
 */
export function weakRefTo<T extends object>(target: T): { deref(): T | undefined } {
  return typeof WeakRef === 'function' ? new WeakRef(target) : { deref: () => target };
}
