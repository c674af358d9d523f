// A tool loop: the model asks for the weather in two cities, both lookups run in parallel, the model answers.
// Run: node examples/chat-tools.mjs (set OPENAI_API_KEY to call the real API).
import { pathToFileURL } from 'node:url';
import { runChatTools } from '@org/chat';
import { defineTool } from '@org/core';
import { localCompletion } from './chat-local-replies.mjs';
import { runStandalone } from './run-standalone.mjs';

const getWeather = defineTool({
  name: 'get_weather',
  description: 'The current weather in a city',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  },
  strict: true,
  run: async ({ city }, { signal }) => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    signal.throwIfAborted();
    return { city, celsius: city === 'Oslo' ? 4 : 19, sky: city === 'Oslo' ? 'snow' : 'sun' };
  },
});

/** What the local server answers when there is no API key: tool calls first, then the answer. */
export function scriptReplies(server) {
  const call = (id, city) => ({
    id,
    type: 'function',
    function: { name: 'get_weather', arguments: JSON.stringify({ city }) },
  });
  server.on('POST', '/chat/completions', (request) => {
    const toolMessages = request.json().messages.filter((message) => message.role === 'tool');
    if (toolMessages.length === 0) {
      return {
        json: localCompletion(
          { content: null, tool_calls: [call('call_oslo', 'Oslo'), call('call_rome', 'Rome')] },
          'tool_calls',
        ),
      };
    }
    const [oslo, rome] = toolMessages.map((message) => JSON.parse(message.content));
    return {
      json: localCompletion({
        content: `Pack a coat for Oslo (${oslo.celsius}°C, ${oslo.sky}) and sunglasses for Rome (${rome.celsius}°C).`,
      }),
    };
  });
}

export async function run({ client, log = console.log, model = 'gpt-4o-mini' }) {
  const tools = runChatTools(
    client,
    {
      model,
      messages: [{ role: 'user', content: 'What should I pack for Oslo and Rome today?' }],
      tools: [getWeather],
    },
    { maxSteps: 5 },
  );
  for await (const step of tools) {
    for (const { call, output } of step.toolResults)
      log(`step ${step.index}: ${call.name}(${call.arguments}) -> ${output}`);
  }
  const result = await tools.result();
  log(result.completion.choices[0].message.content);
  log(`${result.steps.length} model calls, ${result.messages.length} messages, stopped at ${result.stopReason}`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
