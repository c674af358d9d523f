// `--calls` chat completions, every `--streams`-th one streamed (2: half), `--concurrency` at a time, against the fault
// server. Each call ends as: the right answer, a silent wrong one (resolved, yet not what the server meant), a typed
// error (the SDK's own error classes), an untyped one, or hung (no answer after 30 s: the harness aborts it). Then
// the sockets the server still has open, and the heap after a garbage collection against its start (--expose-gc).
import { answerDeltas, answerText } from '../lib/fault-answer.mjs';
import { report, scenarioArgs } from '../lib/scenario-args.mjs';

const { client, url, numbers } = scenarioArgs();
const { calls = 10_000, concurrency = 200, streams = 2 } = numbers;
const HARNESS_DEADLINE_MS = 30_000;
const options = { apiKey: 'sk-bench-faults', baseURL: url, maxRetries: 2, timeout: 2000 };
const messages = [{ role: 'user', content: 'Count.' }];

async function load() {
  if (client === '@org') {
    const [{ createClient, OpenAIError }, { createChatCompletion, streamChatCompletion }] = await Promise.all([
      import('@org/core'),
      import('@org/chat'),
    ]);
    const sdk = createClient({ ...options, idleTimeout: 2000 });
    return {
      isTyped: (error) => error instanceof OpenAIError,
      chat: async (body, requestOptions) =>
        (await createChatCompletion(sdk, body, requestOptions)).choices[0]?.message.content,
      streamChat: async (body, requestOptions) => {
        const deltas = [];
        for await (const chunk of await streamChatCompletion(sdk, body, requestOptions)) {
          const content = chunk.choices[0]?.delta?.content;
          if (content) deltas.push(content);
        }
        return deltas;
      },
    };
  }
  const { default: OpenAI } = await import('openai');
  const sdk = new OpenAI(options);
  return {
    isTyped: (error) => error instanceof OpenAI.OpenAIError,
    chat: async (body, requestOptions) =>
      (await sdk.chat.completions.create(body, requestOptions)).choices[0]?.message.content,
    streamChat: async (body, requestOptions) => {
      const deltas = [];
      for await (const chunk of await sdk.chat.completions.create({ ...body, stream: true }, requestOptions)) {
        const content = chunk.choices[0]?.delta?.content;
        if (content) deltas.push(content);
      }
      return deltas;
    },
  };
}

const api = await load();
const counts = { right: 0, wrong: 0, typed: 0, untyped: 0, hung: 0 };
const untypedNames = {};

async function call(id) {
  const streamed = id % streams === 0;
  const signal = AbortSignal.timeout(HARNESS_DEADLINE_MS);
  const requestOptions = { headers: { 'x-call-id': String(id) }, signal };
  const body = { model: 'gpt-4o-mini', messages };
  try {
    const result = streamed ? await api.streamChat(body, requestOptions) : await api.chat(body, requestOptions);
    const right = streamed ? JSON.stringify(result) === JSON.stringify(answerDeltas(id)) : result === answerText(id);
    counts[right ? 'right' : 'wrong']++;
  } catch (error) {
    if (signal.aborted) counts.hung++;
    else if (api.isTyped(error)) counts.typed++;
    else {
      counts.untyped++;
      const name = error?.constructor?.name ?? typeof error;
      untypedNames[name] = (untypedNames[name] ?? 0) + 1;
    }
  }
}

globalThis.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < calls) await call(next++);
  }),
);
const seconds = (performance.now() - started) / 1000;
const stats = async () => await (await fetch(`${url.replace(/\/v1$/, '')}/stats`)).json();
// The stats request has a socket of its own, not counted.
const openAfter = (await stats()).openConnections - 1;
await new Promise((resolve) => setTimeout(resolve, 6000));
const { openConnections, injected } = await stats();
globalThis.gc?.();
await new Promise((resolve) => setTimeout(resolve, 100));
globalThis.gc?.();
report({
  calls,
  settled: Object.values(counts).reduce((sum, count) => sum + count, 0),
  ...counts,
  untypedNames,
  seconds,
  openAfter,
  openAfterKeepAlive: openConnections - 1,
  heapGrowthMB: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20,
  injected,
});
