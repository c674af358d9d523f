// A streamed chat completion, printed as it arrives, then assembled into the final completion.
// Run: node examples/chat-stream.mjs (set OPENAI_API_KEY to call the real API).
import { pathToFileURL } from 'node:url';
import { chatCompletionStream } from '@org/chat';
import { runStandalone } from './run-standalone.mjs';

const chunk = (delta, finishReason = null) => ({
  data: {
    id: 'chatcmpl-local',
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model: 'gpt-4o-mini',
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  },
});

/** What the local server answers when there is no API key. */
export function scriptReplies(server) {
  const words = 'One, two, three, four, five. That was slow enough, I hope.'.split(/(?<= )/);
  const usage = { prompt_tokens: 14, completion_tokens: 16, total_tokens: 30 };
  server.on('POST', '/chat/completions', {
    sse: [
      chunk({ role: 'assistant', content: '' }),
      ...words.map((word) => chunk({ content: word })),
      chunk({}, 'stop'),
      { data: { ...chunk({}).data, choices: [], usage } },
      'data: [DONE]\n\n',
    ],
    chunkDelayMs: 60,
  });
}

export async function run({
  client,
  log = console.log,
  write = (text) => process.stdout.write(text),
  model = 'gpt-4o-mini',
}) {
  const stream = chatCompletionStream(client, {
    model,
    messages: [{ role: 'user', content: 'Count to five, slowly.' }],
    stream_options: { include_usage: true },
  });
  for await (const event of stream) {
    if (event.type === 'content.delta') write(event.delta);
    if (event.type === 'content.done') write('\n');
  }
  const completion = await stream.finalChatCompletion();
  log(`finish_reason ${completion.choices[0].finish_reason}, ${completion.usage?.total_tokens ?? '?'} tokens`);
  return completion;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
