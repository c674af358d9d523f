import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from './seeded-random.js';
import { startTestServer, type TestServer } from './start-test-server.js';
import type { RandomFault } from './with-random-faults.js';
import { withRandomFaults } from './with-random-faults.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

const whole = { json: { text: 'x'.repeat(2000) } };

describe('seededRandom', () => {
  it('gives the same numbers in [0, 1) for the same seed, and others for another', () => {
    const first = Array.from({ length: 5 }, seededRandom('a'));
    expect(Array.from({ length: 5 }, seededRandom('a'))).toEqual(first);
    expect(Array.from({ length: 5 }, seededRandom('b'))).not.toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});

describe('withRandomFaults', () => {
  it('injects the same faults for the same keys and seed, in whatever order requests come', async () => {
    const drawn = (seed: number, order: string[]) => {
      const faults = new Map<string, RandomFault>();
      const reply = withRandomFaults(whole, {
        seed,
        rate: 0.5,
        key: (request) => request.headers['x-call'] ?? '',
        onFault: (fault, request) => faults.set(request.headers['x-call'] ?? '', fault),
      });
      return Promise.all(
        order.map((call) => (reply as (request: never) => Promise<unknown>)({ headers: { 'x-call': call } } as never)),
      ).then(() => faults);
    };
    const calls = Array.from({ length: 40 }, (_, index) => String(index));
    const forward = await drawn(7, calls);
    expect(forward.size).toBeGreaterThan(5);
    expect(forward.size).toBeLessThan(35);
    expect(await drawn(7, [...calls].reverse())).toEqual(forward);
    expect(await drawn(8, calls)).not.toEqual(forward);
  });

  it('injects none at rate 0, and one on every request at rate 1', async () => {
    server.on('GET', '/none', withRandomFaults(whole, { seed: 1, rate: 0 }));
    expect(await (await fetch(`${server.url}/none`)).json()).toEqual(whole.json);
    server.on('GET', '/limited', withRandomFaults(whole, { seed: 1, rate: 1, faults: ['rate-limited'] }));
    expect((await fetch(`${server.url}/limited`)).status).toBe(429);
  });

  it.each([
    ['server-error', (response: Response) => expect(response.status).toBeGreaterThanOrEqual(500)],
    ['html-page', async (response: Response) => expect(await response.text()).toContain('<html>')],
    ['empty-body', async (response: Response) => expect(await response.text()).toBe('')],
  ] as const)('injects %s', async (fault, check) => {
    server.on('GET', `/${fault}`, withRandomFaults(whole, { seed: 2, rate: 1, faults: [fault] }));
    await check(await fetch(`${server.url}/${fault}`));
  });

  it('cuts a body short, framing it whole', async () => {
    server.on('GET', '/cut', withRandomFaults(whole, { seed: 3, rate: 1, faults: ['cut-body'] }));
    const response = await fetch(`${server.url}/cut`);
    const text = await response.text();
    expect(Number(response.headers.get('content-length'))).toBe(text.length);
    expect(JSON.stringify(whole.json).startsWith(text)).toBe(true);
    expect(text.length).toBeLessThan(JSON.stringify(whole.json).length);
  });

  it('cuts a reply mid-body anywhere with the mid-body faults', async () => {
    server.on('GET', '/ended', withRandomFaults(whole, { seed: 4, rate: 1, faults: ['end-mid-body'] }));
    const text = await (await fetch(`${server.url}/ended`)).text();
    expect(text.length).toBeLessThan(JSON.stringify(whole.json).length);
  });
});
