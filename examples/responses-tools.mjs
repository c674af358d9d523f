// A tool loop: the model asks for two tools at once, they run in parallel, their results go back, it answers.
// Run: node examples/responses-tools.mjs (set OPENAI_API_KEY to call the real API).
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { defineTool } from '@org/core';
import { getOutputText, runResponseTools, streamResponseTools } from '@org/responses';
import { zodTool } from '@org/responses/zod';
import { z } from 'zod';
import {
  functionCall,
  functionCallEvents,
  localResponse,
  outputMessage,
  sseReply,
  textEvents,
  words,
} from './responses-local-replies.mjs';
import { runStandalone } from './run-standalone.mjs';

/** What the local server answers when there is no API key: tool calls first, then an answer using their results. */
export function scriptReplies(server) {
  server.on('POST', '/responses', (request) => {
    const body = request.json();
    const results = Array.isArray(body.input) ? body.input.filter((item) => item.type === 'function_call_output') : [];
    const id = `resp_local_${server.requests.length}`;
    if (results.length === 0) {
      const calls = [
        functionCall('call_1', 'get_weather', { city: 'Paris' }),
        functionCall('call_2', 'get_weather', { city: 'Tokyo' }),
      ];
      return body.stream ? sseReply(functionCallEvents(calls, { id })) : { json: localResponse({ id, output: calls }) };
    }
    const report = results.map((result) => JSON.parse(result.output)).map((w) => `${w.city} ${w.celsius}°C`);
    const answer = `Right now it is ${report.join(' and ')}.`;
    return body.stream
      ? sseReply(textEvents(words(answer), { id }))
      : { json: localResponse({ id, output: [outputMessage(answer)] }) };
  });
}

const getWeather = zodTool({
  name: 'get_weather',
  description: 'The current temperature in a city, in °C.',
  parameters: z.object({ city: z.string() }),
  run: async ({ city }, { signal }) => {
    await sleep(200, undefined, { signal }); // a slow lookup: both calls run at once, and stop on abort
    return { city, celsius: { Paris: 18, Tokyo: 24 }[city] ?? 20 };
  },
});

// A tool without zod: a plain JSON schema, arguments parsed but not validated.
const getTime = defineTool({
  name: 'get_time',
  description: 'The current UTC time.',
  parameters: { type: 'object', properties: {}, additionalProperties: false },
  run: () => new Date().toISOString(),
});

export async function run({
  client,
  log = console.log,
  write = (text) => process.stdout.write(text),
  model = 'gpt-4o-mini',
}) {
  const body = { model, input: 'What is the weather in Paris and in Tokyo?', tools: [getWeather, getTime] };

  log('Step by step:');
  const started = Date.now();
  const toolRun = runResponseTools(client, body, { maxSteps: 5 });
  for await (const step of toolRun) {
    for (const { call, output } of step.toolResults)
      log(`  step ${step.index}: ${call.name}(${call.arguments}) → ${output}`);
  }
  const { response, stopReason } = await toolRun.result();
  log(`  answer after ${Date.now() - started} ms (${stopReason}): ${getOutputText(response)}`);

  log('\nStreamed:');
  write('  ');
  for await (const event of streamResponseTools(client, body, { maxSteps: 5 })) {
    if (event.type === 'tool_step' && event.step.toolResults.length > 0)
      write(`[${event.step.toolResults.length} tools ran] `);
    if (event.type === 'response.output_text.delta') write(event.delta);
  }
  write('\n');
  return response;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
