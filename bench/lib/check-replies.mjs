// Every scenario first checks its client gets the right answers, so no benchmark ever times errors.
const EXPECTED = 'Hello! How can I help you today?';

/** With `gzip`, the replies come gzipped (see server.mjs): the client must decode them. */
export async function checkReplies(api, { gzip = false } = {}) {
  const reply = await api.chat(chatBody(gzip ? 'bench-gzip' : 'bench'));
  if (reply?.choices?.[0]?.message?.content !== EXPECTED) throw new Error(`wrong reply: ${JSON.stringify(reply)}`);
  let chunks = 0;
  await api.streamChat(chatBody(gzip ? 'bench-gzip-stream-3' : 'bench-stream-3'), (chunk) => {
    if (chunk.choices?.[0]?.delta?.content !== `token${chunks} `)
      throw new Error(`wrong chunk: ${JSON.stringify(chunk)}`);
    chunks++;
  });
  if (chunks !== 3) throw new Error(`expected 3 chunks, got ${chunks}`);
}

/** A chat request body; the model name tells the bench server what to send back (see server.mjs). */
export function chatBody(model = 'bench') {
  return { model, messages: [{ role: 'user', content: 'Hi' }] };
}
