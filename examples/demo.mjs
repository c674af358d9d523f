// A short tour of the SDK. Without OPENAI_API_KEY it runs against an embedded
// local server, so it works offline; with a key it calls the real API.
import { createClient, getResponseMeta } from '@org/core';
import { startLocalServer } from './local-server.mjs';

const live = Boolean(process.env.OPENAI_API_KEY);
const server = live ? undefined : await startLocalServer();
const client = createClient(live ? {} : { apiKey: 'sk-local-demo', baseURL: server.baseURL });
const model = process.env.OPENAI_MODEL ?? 'gpt-4o-mini';

console.log(live ? 'Calling the OpenAI API.' : `No OPENAI_API_KEY: using the local server at ${server.baseURL}.`);

try {
  console.log('\n1. A chat completion');
  const completion = await client.request({
    method: 'POST',
    path: '/chat/completions',
    body: { model, messages: [{ role: 'user', content: 'Say hello in five words.' }] },
  });
  const meta = getResponseMeta(completion);
  console.log(`   ${completion.choices[0].message.content}`);
  console.log(`   request id ${meta.requestId}, ${meta.rateLimit.remainingRequests ?? '?'} requests left this window`);

  console.log('\n2. The same, streamed as it arrives');
  const stream = await client.request({
    method: 'POST',
    path: '/chat/completions',
    body: { model, stream: true, messages: [{ role: 'user', content: 'Count to five, slowly.' }] },
    stream: true,
  });
  process.stdout.write('   ');
  for await (const chunk of stream) process.stdout.write(chunk.choices[0]?.delta?.content ?? '');
  process.stdout.write('\n');
} finally {
  await server?.close();
}
