// The official tool runner: functions run for the model until it answers, with only the import changed.
import OpenAI from '@org/openai';

const client = new OpenAI();

async function getWeather(args: { location: string }) {
  return { location: args.location, temperature: '50F', precipitation: 'high' };
}

const runner = client.chat.completions.runTools({
  model: 'gpt-4o',
  messages: [{ role: 'user', content: 'How is the weather this week in Oslo?' }],
  tools: [
    {
      type: 'function',
      function: {
        function: getWeather,
        parse: JSON.parse,
        parameters: { type: 'object', properties: { location: { type: 'string' } } },
      },
    },
  ],
});

const finalContent = await runner.finalContent();
console.log(finalContent);
