// Azure OpenAI with an API key, with only the import changed.
import { AzureOpenAI } from '@org/openai';

const client = new AzureOpenAI({
  endpoint: process.env.AZURE_OPENAI_ENDPOINT,
  apiKey: process.env.AZURE_OPENAI_API_KEY,
  apiVersion: '2024-10-21',
  deployment: 'gpt-4o',
});

const result = await client.chat.completions.create({
  model: 'gpt-4o',
  messages: [{ role: 'user', content: 'Hello' }],
});
for (const choice of result.choices) {
  console.log(choice.message.content);
}
