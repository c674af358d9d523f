// A chat completion, with the metadata every result carries.
// Run: node examples/chat-completion.mjs (set OPENAI_API_KEY to call the real API).
import { pathToFileURL } from 'node:url';
import { createChatCompletion } from '@org/chat';
import { getResponseMeta } from '@org/core';
import { localCompletion } from './chat-local-replies.mjs';
import { runStandalone } from './run-standalone.mjs';

/** What the local server answers when there is no API key. */
export function scriptReplies(server) {
  server.on('POST', '/chat/completions', {
    json: localCompletion({ content: 'Bonjour, comment allez-vous ?' }),
    headers: { 'x-ratelimit-remaining-requests': '499' },
  });
}

export async function run({ client, log = console.log, model = 'gpt-4o-mini' }) {
  const completion = await createChatCompletion(client, {
    model,
    messages: [
      { role: 'developer', content: 'Translate to French.' },
      { role: 'user', content: 'Hello, how are you?' },
    ],
  });
  log(completion.choices[0].message.content);
  const meta = getResponseMeta(completion);
  log(
    `request ${meta.requestId}, ${completion.usage?.total_tokens} tokens, ${meta.rateLimit.remainingRequests ?? '?'} requests left`,
  );
  return completion;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
