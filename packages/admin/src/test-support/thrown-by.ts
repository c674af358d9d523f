/** The error `call` throws, checked to be a `type`; fails the test when it throws nothing or something else. */
export function thrownBy<E extends Error>(call: () => unknown, type: abstract new (...args: never[]) => E): E {
  try {
    call();
  } catch (error) {
    if (error instanceof type) return error;
    throw error;
  }
  throw new Error(`expected a ${type.name}`);
}
