// A hand-written tool loop over chat completions, with only the import changed.
import OpenAI from '@org/openai';

const client = new OpenAI();

function getWeather(city: string): string {
  return `It is cold in ${city}.`;
}

const tools: OpenAI.Chat.ChatCompletionTool[] = [
  {
    type: 'function',
    function: {
      name: 'get_weather',
      description: 'The weather in a city',
      parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
    },
  },
];
const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [{ role: 'user', content: 'Weather in Oslo?' }];

while (true) {
  const completion = await client.chat.completions.create({ model: 'gpt-4o', messages, tools });
  const message = completion.choices[0].message;
  messages.push(message);
  if (!message.tool_calls?.length) {
    console.log(message.content);
    break;
  }
  for (const toolCall of message.tool_calls) {
    if (toolCall.type !== 'function') continue;
    const args = JSON.parse(toolCall.function.arguments) as { city: string };
    messages.push({ role: 'tool', tool_call_id: toolCall.id, content: getWeather(args.city) });
  }
}
