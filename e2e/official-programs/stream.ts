// Streaming, the two official ways, with only the import changed.
import OpenAI from '@org/openai';

const client = new OpenAI();

const stream = await client.chat.completions.create({
  model: 'gpt-4o',
  messages: [{ role: 'user', content: 'Say this is a test' }],
  stream: true,
});
let text = '';
for await (const chunk of stream) {
  text += chunk.choices[0]?.delta?.content || '';
}
console.log(text);

const helper = client.chat.completions.stream({
  model: 'gpt-4o',
  messages: [{ role: 'user', content: 'Say this is a test' }],
});
for await (const chunk of helper) {
  if (chunk.choices[0]?.delta?.content) text += '.';
}
const chatCompletion = await helper.finalChatCompletion();
console.log(chatCompletion.choices[0].message.content);

const events = await client.responses.create({ model: 'gpt-4o', input: 'Say this is a test', stream: true });
for await (const event of events) {
  if (event.type === 'response.output_text.delta') console.log(event.delta);
}
