import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTestServer, type TestServer, type TestServerOptions } from './start-test-server.js';

/**
 * Starts a server for the current vitest file: started before its tests, reset
 * after each test, closed after all. The returned object forwards to the
 * running server, so it can be captured at module level.
 */
export function useTestServer(options?: TestServerOptions): TestServer {
  let running: TestServer | undefined;
  beforeAll(async () => {
    running = await startTestServer(options);
  });
  afterEach(() => running?.reset());
  afterAll(() => running?.close());

  return new Proxy({} as TestServer, {
    get(_, key) {
      if (!running) throw new Error('The test server starts in beforeAll: use it inside a test or hook.');
      const value = Reflect.get(running, key, running);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}
