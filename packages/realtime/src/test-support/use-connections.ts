import { type ClientOptions, createClient } from '@org/core';
import type { TestServer } from '@org/testing';
import { afterEach } from 'vitest';
import type { RealtimeConnectOptions } from '../connect-options.js';
import { connectRealtime } from '../connect-realtime.js';
import type { RealtimeConnection } from '../realtime-connection.js';

/**
 * `connect(options)` opens a connection to the test server's realtime endpoint (`gpt-realtime`, key `sk-test` unless
 * given), and every connection a test opened is closed after it.
 */
export function useConnections(
  server: TestServer,
): (options?: Partial<RealtimeConnectOptions>, client?: ClientOptions) => RealtimeConnection {
  const open: RealtimeConnection[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((connection) => connection.close()));
  });
  return (options = {}, client = {}) => {
    const connection = connectRealtime(createClient({ apiKey: 'sk-test', baseURL: server.baseURL, ...client }), {
      model: 'gpt-realtime',
      ...options,
    } as RealtimeConnectOptions);
    open.push(connection);
    return connection;
  };
}
