// Embed a small corpus and search it: embeddings as Float32Arrays (sent as base64, a quarter of the bytes of JSON
// floats), ranked by cosine similarity to a question.
// Run: node examples/embed-and-search.mjs (set OPENAI_API_KEY to call the real API).
import { pathToFileURL } from 'node:url';
import { createFloat32Embedding } from '@org/embeddings';
import { runStandalone } from './run-standalone.mjs';

const corpus = [
  'The kettle is in the kitchen, beside the sink.',
  'Invoices are due thirty days after they are sent.',
  'Our office closes at six on Fridays.',
  'Refunds go back to the card that paid, within a week.',
  'The spare umbrella hangs behind the office door.',
];
const question = 'How long does a refund take to reach my card?';

/**
 * What the local server answers when there is no API key: each text's words hashed into 64 dimensions, so texts that
 * share words point the same way, sent as base64 float32s as the API sends them.
 */
export function scriptReplies(server) {
  server.on('POST', '/embeddings', (request) => {
    const { input, model } = request.json();
    const data = [input].flat().map((text, index) => ({ object: 'embedding', index, embedding: wordVector(text) }));
    return { json: { object: 'list', data, model, usage: { prompt_tokens: 60, total_tokens: 60 } } };
  });
}

function wordVector(text) {
  const vector = new Float32Array(64);
  for (const word of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) {
    let hash = 0;
    for (const char of word.slice(0, 5)) hash = (hash * 31 + char.charCodeAt(0)) % 64;
    vector[hash] += 1;
  }
  return Buffer.from(vector.buffer).toString('base64');
}

function cosine(a, b) {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let index = 0; index < a.length; index++) {
    dot += a[index] * b[index];
    normA += a[index] * a[index];
    normB += b[index] * b[index];
  }
  return dot / Math.sqrt(normA * normB);
}

export async function run({ client, log = console.log }) {
  // One call for the corpus and the question: the question's embedding comes last.
  const result = await createFloat32Embedding(client, {
    model: 'text-embedding-3-small',
    input: [...corpus, question],
  });
  const vectors = result.data.map((item) => item.embedding);
  const asked = vectors.pop();
  const ranked = corpus
    .map((text, index) => ({ text, score: cosine(vectors[index], asked) }))
    .sort((a, b) => b.score - a.score);
  log(`${corpus.length} texts embedded as Float32Array(${asked.length}); asked: "${question}"`);
  for (const { text, score } of ranked.slice(0, 2)) log(`${score.toFixed(3)}  ${text}`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
