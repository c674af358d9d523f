// The official `openai` package, used as its README shows.
import { createReadStream } from 'node:fs';

export async function load(baseURL) {
  const { default: OpenAI } = await import('openai');
  const client = new OpenAI({ apiKey: 'sk-bench', baseURL, maxRetries: 0 });
  return {
    chat: (body) => client.chat.completions.create(body),
    async streamChat(body, onChunk) {
      for await (const chunk of await client.chat.completions.create({ ...body, stream: true })) onChunk(chunk);
    },
    upload: (file) => client.files.create({ file: createReadStream(file), purpose: 'batch' }),
  };
}
