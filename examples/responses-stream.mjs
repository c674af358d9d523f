// A streamed response, printed as it arrives, then read back as the final response.
// Run: node examples/responses-stream.mjs (set OPENAI_API_KEY to call the real API).
import { pathToFileURL } from 'node:url';
import { responseStream } from '@org/responses';
import { sseReply, textEvents, words } from './responses-local-replies.mjs';
import { runStandalone } from './run-standalone.mjs';

/** What the local server answers when there is no API key. */
export function scriptReplies(server) {
  const usage = { input_tokens: 12, output_tokens: 14, total_tokens: 26 };
  const events = textEvents(words('Streams arrive one event at a time, and the SDK assembles them for you.'), {
    usage,
  });
  server.on('POST', '/responses', sseReply(events));
}

export async function run({
  client,
  log = console.log,
  write = (text) => process.stdout.write(text),
  model = 'gpt-4o-mini',
}) {
  const stream = responseStream(client, { model, input: 'In one sentence: how do streams work?' });
  for await (const event of stream) {
    // Every event type of the API is typed: narrowing on `type` gives each its own fields.
    if (event.type === 'response.output_text.delta') write(event.delta);
    if (event.type === 'response.output_text.done') write('\n');
  }
  const response = await stream.finalResponse();
  log(`${response.id}: ${response.status}, ${response.usage?.total_tokens ?? '?'} tokens`);
  log(`output text: ${stream.outputText.length} characters; request id ${stream.meta.requestId}`);
  return response;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
