// Listening to the official helpers' events, with only the import changed.
import OpenAI from '@org/openai';

const client = new OpenAI();

let streamed = '';
const stream = client.chat.completions
  .stream({ model: 'gpt-4o', messages: [{ role: 'user', content: 'Say this is a test' }] })
  .on('content', (delta, snapshot) => {
    streamed += delta;
    if (snapshot !== streamed) throw new Error('the snapshot is the text so far');
  })
  .on('chunk', (chunk, snapshot) => {
    if (!chunk.id || snapshot.id !== chunk.id) throw new Error('a chunk comes with the completion so far');
  });
const chatCompletion = await stream.finalChatCompletion();
console.log(streamed, chatCompletion.choices[0].message.content);

async function getWeather(args: { location: string }) {
  return { location: args.location, temperature: '50F' };
}

const runner = client.chat.completions
  .runTools({
    model: 'gpt-4o',
    messages: [{ role: 'user', content: 'How is the weather in Oslo?' }],
    tools: [
      {
        type: 'function',
        function: {
          function: getWeather,
          description: 'The weather in a place',
          parse: JSON.parse,
          parameters: { type: 'object', properties: { location: { type: 'string' } } },
        },
      },
    ],
  })
  .on('message', (message) => console.log('message', message.role))
  .on('functionToolCallResult', (result) => console.log('result', result));
const finalContent = await runner.finalContent();
console.log(finalContent);

let text = '';
const responseStream = client.responses
  .stream({ model: 'gpt-4o', input: 'Say hi' })
  .on('response.output_text.delta', (event) => {
    text += event.delta;
  });
await responseStream.done();
const response = await responseStream.finalResponse();
console.log(text, response.status);
