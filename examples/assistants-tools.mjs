// An assistants run with tools, polled and then streamed: the run asks for the weather in two cities, both lookups run
// in parallel, their outputs go back, and the assistant answers. The Assistants API is legacy (sunset upstream on
// 2026-08-26; use the Responses API for new work): this runs against servers that still serve it.
// Run: node examples/assistants-tools.mjs (set OPENAI_API_KEY to call the real API).
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import {
  createAssistant,
  createMessage,
  createThread,
  deleteAssistant,
  deleteThread,
  listMessages,
  runAssistantTools,
  streamAssistantTools,
} from '@org/assistants';
import { zodTool } from '@org/assistants/zod';
import { z } from 'zod';
import {
  answerEvents,
  localMessage,
  localRun,
  runRequiringCalls,
  toolCallEvents,
} from './assistants-local-replies.mjs';
import { runStandalone } from './run-standalone.mjs';

const temperatures = new Map([
  ['Oslo', 4],
  ['Rome', 19],
  ['Lisbon', 21],
  ['Reykjavik', 2],
]);

/** A zod-typed tool: the run's arguments are checked against the schema before `run` sees them. */
const getWeather = zodTool({
  name: 'get_weather',
  description: 'Today’s temperature in one city, in °C.',
  parameters: z.object({ city: z.string().describe('A city name, such as Oslo') }),
  async run({ city }, { signal }) {
    // The calls of one step run at once: two 200 ms lookups take 200 ms. An aborted run stops them.
    await sleep(200, undefined, { signal });
    return { city, celsius: temperatures.get(city) ?? 15 };
  },
});

/** Why the demo tour runs this only offline; `node examples/assistants-tools.mjs` still tries the API. */
export const offlineOnly = 'the Assistants API is sunset upstream';

/** What the local server answers when there is no API key: a thread whose runs ask for the weather, then answer. */
export function scriptReplies(server) {
  const asks = [
    [
      ['call_oslo', 'get_weather', { city: 'Oslo' }],
      ['call_rome', 'get_weather', { city: 'Rome' }],
    ],
    [
      ['call_lisbon', 'get_weather', { city: 'Lisbon' }],
      ['call_reykjavik', 'get_weather', { city: 'Reykjavik' }],
    ],
  ];
  let runs = 0;
  let answer = '';
  let checks = 0;
  const answerFrom = (request) => {
    const outputs = request.json().tool_outputs.map((output) => JSON.parse(output.output));
    return `${outputs.map((w) => `${w.city} is ${w.celsius}°C`).join(', ')}: pack for both.`;
  };
  server.on('POST', '/assistants', {
    json: { id: 'asst_local', object: 'assistant', model: 'gpt-4o-mini', tools: [] },
  });
  server.on('POST', '/threads', { json: { id: 'thread_local', object: 'thread', created_at: 1, metadata: {} } });
  server.on('POST', '/threads/{id}/messages', (request) => ({
    json: localMessage('msg_user', 'user', request.json().content),
  }));
  server.on('POST', '/threads/{id}/runs', (request) => {
    const calls = asks[runs++ % asks.length];
    checks = 0;
    answer = '';
    return request.json().stream ? { sse: toolCallEvents(calls), chunkDelayMs: 30 } : { json: localRun('queued') };
  });
  server.on('GET', '/threads/{id}/runs/{run_id}', () => {
    if (answer) return { json: localRun('completed') };
    if (checks++ === 0) return { json: localRun('in_progress'), headers: { 'openai-poll-after-ms': '150' } };
    return { json: runRequiringCalls(asks[(runs - 1) % asks.length]) };
  });
  server.on('POST', '/threads/{id}/runs/{run_id}/submit_tool_outputs', (request) => {
    answer = answerFrom(request);
    return request.json().stream
      ? { sse: answerEvents(answer), chunkDelayMs: 30 }
      : { json: localRun('queued'), headers: { 'openai-poll-after-ms': '150' } };
  });
  server.on('GET', '/threads/{id}/messages', () => ({
    json: { object: 'list', data: [localMessage('msg_answer', 'assistant', answer)], has_more: false },
  }));
  server.on('DELETE', '/assistants/{id}', { json: { id: 'asst_local', object: 'assistant.deleted', deleted: true } });
  server.on('DELETE', '/threads/{id}', { json: { id: 'thread_local', object: 'thread.deleted', deleted: true } });
}

export async function run({
  client,
  log = console.log,
  write = (text) => process.stdout.write(text),
  model = 'gpt-4o-mini',
}) {
  const assistant = await createAssistant(client, {
    model,
    name: 'Packing helper',
    instructions: 'Look up the weather of every city the user names, then say what to pack. Be brief.',
    tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }],
  });
  const thread = await createThread(client, {
    messages: [{ role: 'user', content: 'I am off to Oslo and Rome today. What should I pack?' }],
  });
  try {
    log('Polled:');
    const polled = runAssistantTools(client, thread.id, { assistant_id: assistant.id, tools: [getWeather] });
    for await (const step of polled) {
      for (const { call, output } of step.toolResults) log(`  ${call.name}(${call.arguments}) → ${output}`);
    }
    const { run, steps } = await polled.result();
    const [reply] = (await listMessages(client, thread.id, { order: 'desc', limit: 1 })).data;
    log(
      `  ${run.status} after ${steps.length} steps: ${reply?.content[0]?.type === 'text' ? reply.content[0].text.value : ''}`,
    );

    log('\nStreamed:');
    await createMessage(client, thread.id, { role: 'user', content: 'And Lisbon and Reykjavik tomorrow?' });
    write('  ');
    const streamed = streamAssistantTools(client, thread.id, { assistant_id: assistant.id, tools: [getWeather] });
    for await (const event of streamed) {
      if (event.event === 'tool_call.done' && event.toolCall.type === 'function')
        write(`[${event.toolCall.function.name}(${event.toolCall.function.arguments})] `);
      if (event.event === 'text.delta') write(event.delta);
    }
    write('\n');
    const result = await streamed.result();
    log(`  ${result.run.status}, stopped at ${result.stopReason}`);
    return result.run;
  } finally {
    await deleteThread(client, thread.id);
    await deleteAssistant(client, assistant.id);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
