// This project's packages, as a user imports them: @org/core for the client, @org/chat and @org/files for calls.
export async function load(baseURL) {
  const [{ createClient }, { createChatCompletion, streamChatCompletion }] = await Promise.all([
    import('@org/core'),
    import('@org/chat'),
  ]);
  const client = createClient({ apiKey: 'sk-bench', baseURL, maxRetries: 0 });
  return {
    chat: (body) => createChatCompletion(client, body),
    async streamChat(body, onChunk) {
      for await (const chunk of await streamChatCompletion(client, body)) onChunk(chunk);
    },
    async upload(file) {
      const [{ fileFromPath }, { createFile }] = await Promise.all([import('@org/core/node'), import('@org/files')]);
      return createFile(client, { file: await fileFromPath(file), purpose: 'batch' });
    },
  };
}
