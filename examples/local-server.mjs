// The embedded stand-in for the API that the demo and examples talk to when no
// OPENAI_API_KEY is set: scripted replies from @org/testing on 127.0.0.1.
import { startTestServer } from '@org/testing';

const model = 'gpt-4o-mini';

function completion(content) {
  return {
    id: 'chatcmpl-local',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [
      { index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null },
    ],
    usage: { prompt_tokens: 12, completion_tokens: 9, total_tokens: 21 },
  };
}

function chunk(delta, finishReason = null) {
  return {
    data: {
      id: 'chatcmpl-local',
      object: 'chat.completion.chunk',
      created: 1_700_000_000,
      model,
      choices: [{ index: 0, delta, finish_reason: finishReason, logprobs: null }],
    },
  };
}

export async function startLocalServer() {
  const server = await startTestServer();
  server.on('POST', '/chat/completions', (request) => {
    const body = request.json();
    const question = body.messages?.at(-1)?.content ?? '';
    const answer = `You asked: "${question}". This reply comes from the local test server.`;
    if (!body.stream) return { json: completion(answer), headers: { 'x-ratelimit-remaining-requests': '499' } };
    const words = answer.split(/(?<= )/);
    return {
      sse: [
        chunk({ role: 'assistant', content: '' }),
        ...words.map((word) => chunk({ content: word })),
        chunk({}, 'stop'),
        'data: [DONE]\n\n',
      ],
      chunkDelayMs: 40,
    };
  });
  server.on('GET', '/models', {
    json: { object: 'list', data: [{ id: model, object: 'model', created: 1_700_000_000, owned_by: 'system' }] },
  });
  return server;
}
