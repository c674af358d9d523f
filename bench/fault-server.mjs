// The fault load's server, in its own process: chat completions (JSON or streamed) for call N (header x-call-id), with
// faults drawn from a fixed seed injected into a share of the attempts (@org/testing's withRandomFaults: resets, cuts,
// stalls, 429s with each retry header, 5xx, proxy pages, empty and cut bodies). `GET /stats` gives the sockets open
// and the faults injected. Prints {"port"} when ready. Args: --seed=N --rate=R.
import { parseArgs } from 'node:util';
import { attemptKey, startTestServer, withRandomFaults } from '@org/testing';
import { answerDeltas, answerText } from './lib/fault-answer.mjs';

const { values } = parseArgs({ options: { seed: { type: 'string' }, rate: { type: 'string' } } });
const server = await startTestServer();
const injected = {};

function answer(request) {
  const id = Number(request.headers['x-call-id']);
  const { stream } = request.json();
  const base = { id: `chatcmpl-${id}`, object: 'chat.completion.chunk', created: 1, model: 'gpt-4o-mini' };
  if (!stream) {
    const message = { role: 'assistant', content: answerText(id) };
    return { json: { ...base, object: 'chat.completion', choices: [{ index: 0, message, finish_reason: 'stop' }] } };
  }
  const chunk = (delta, finish = null) => ({
    data: { ...base, choices: [{ index: 0, delta, finish_reason: finish }] },
  });
  return {
    sse: [...answerDeltas(id).map((content) => chunk({ content })), chunk({}, 'stop'), 'data: [DONE]\n\n'],
  };
}

server.on(
  'POST',
  '/chat/completions',
  withRandomFaults(answer, {
    seed: values.seed ?? 42,
    rate: Number(values.rate ?? 0.3),
    key: attemptKey((request) => request.headers['x-call-id'] ?? ''),
    onFault: (fault) => {
      injected[fault] = (injected[fault] ?? 0) + 1;
    },
  }),
);
server.on('GET', '/stats', () => ({ json: { openConnections: server.openConnections, injected } }));
process.stdout.write(`${JSON.stringify({ port: server.port })}\n`);
