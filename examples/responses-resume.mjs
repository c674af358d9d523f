// A background response streamed across a dropped connection: the stream reconnects by itself from the last event it
// saw, without repeating any. An app can also keep the stream's cursor and pick it up later itself.
// Run: node examples/responses-resume.mjs (set OPENAI_API_KEY to call the real API).
import { pathToFileURL } from 'node:url';
import { reconnectResponseStream, responseStream } from '@org/responses';
import { sseReply, textEvents, words } from './responses-local-replies.mjs';
import { runStandalone } from './run-standalone.mjs';

const story = 'Once upon a time a stream lost its connection, picked up where it left off, and nobody noticed.';

/** What the local server answers when there is no API key: the first stream drops after five events. */
export function scriptReplies(server) {
  const eventsOf = (id) => textEvents(words(story), { id, background: true });
  let created = 0;
  server.on('POST', '/responses', () => {
    created++;
    const drop = created === 1 ? { fault: 'close-mid-body', faultAfterChunks: 5 } : {};
    return sseReply(eventsOf(`resp_bg_${created}`), drop);
  });
  server.on('GET', '/responses/{id}', (request) => {
    const after = Number(request.query.get('starting_after') ?? -1);
    return sseReply(eventsOf(request.params.id).filter((event) => event.sequence_number > after));
  });
}

export async function run({
  client,
  log = console.log,
  write = (text) => process.stdout.write(text),
  model = 'gpt-4o-mini',
}) {
  const body = { model, input: 'Tell a two-sentence story about a stream.', background: true };
  const watched = client.withOptions({
    hooks: { beforeRequest: (request) => void (request.method === 'GET' && write(`\n  ↻ ${request.url}\n  `)) },
  });

  log('1. Reconnecting by itself after a drop:');
  write('  ');
  const stream = responseStream(watched, body, { resume: { maxAttempts: 3, initialDelayMs: 200 } });
  for await (const event of stream) if (event.type === 'response.output_text.delta') write(event.delta);
  log(`\n  ${(await stream.finalResponse()).status}, last event #${stream.lastSequenceNumber}`);

  log('\n2. Leaving early, keeping the cursor, and coming back later:');
  const first = responseStream(client, body);
  write('  ');
  for await (const event of first) {
    if (event.type === 'response.output_text.delta') write(event.delta);
    if (event.sequence_number >= 6) break; // the background response goes on without us
  }
  const saved = JSON.stringify(first.cursor); // e.g. kept in a database or in the browser's storage
  write(`\n  … saved ${saved}\n  `);
  const later = reconnectResponseStream(client, JSON.parse(saved));
  for await (const event of later) if (event.type === 'response.output_text.delta') write(event.delta);
  const response = await later.finalResponse();
  log(`\n  ${response.id}: ${response.status}`);
  return response;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
