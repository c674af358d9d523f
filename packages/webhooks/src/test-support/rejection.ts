/** The error a promise rejects with, for asserting on it; fails the test when the promise resolves. */
export function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => Promise.reject(new Error('expected a rejection')),
    (error: Error) => error,
  );
}
