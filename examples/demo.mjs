// The tour `pnpm demo` runs: each example in turn. Without OPENAI_API_KEY every
// example talks to an embedded local server with scripted replies, so the tour
// works offline; with a key it calls the real API.
import { createClient, getResponseMeta } from '@org/core';
import { startTestServer } from '@org/testing';
import * as assistantsTools from './assistants-tools.mjs';
import * as batchJob from './batch-job.mjs';
import * as chatCompletion from './chat-completion.mjs';
import * as chatStream from './chat-stream.mjs';
import * as chatStructured from './chat-structured.mjs';
import * as chatTools from './chat-tools.mjs';
import * as realtimeChat from './realtime-chat.mjs';
import * as responsesResume from './responses-resume.mjs';
import * as responsesStream from './responses-stream.mjs';
import * as responsesStructured from './responses-structured.mjs';
import * as responsesTools from './responses-tools.mjs';
import * as vectorStoreFolder from './vector-store-folder.mjs';

const tour = [
  ['A chat completion, with its request id and rate limits', chatCompletion],
  ['A chat completion streamed as it arrives', chatStream],
  ['A tool loop: two tools called in parallel, then the answer', chatTools],
  ['A structured output parsed with a zod schema', chatStructured],
  ['A response streamed as it arrives', responsesStream],
  ['A response tool loop', responsesTools],
  ['A structured response', responsesStructured],
  ['A background response whose stream drops and resumes without repeats', responsesResume],
  ['A folder uploaded into a vector store, five files at a time, and searched', vectorStoreFolder],
  ['A batch job: typed requests checked, uploaded, run, and read back joined to their results', batchJob],
  ['An assistants run with tools (legacy API), polled then streamed', assistantsTools],
  ['A text chat over a realtime session, each reply streamed as it is written', realtimeChat],
];

const live = Boolean(process.env.OPENAI_API_KEY);
const server = live ? undefined : await startTestServer();
const client = createClient(live ? {} : { apiKey: 'sk-local-demo', baseURL: server.baseURL });
const model = process.env.OPENAI_MODEL;
console.log(live ? 'Calling the OpenAI API.' : `No OPENAI_API_KEY: using a local server at ${server.baseURL}.`);

try {
  for (const [index, [title, example]] of tour.entries()) {
    console.log(`\n${index + 1}. ${title}`);
    if (live && example.offlineOnly) {
      console.log(`   (skipped with a key: ${example.offlineOnly})`);
      continue;
    }
    server?.reset();
    if (server) example.scriptReplies(server);
    const result = await example.run({ client, log: (line) => console.log(`   ${line}`), model });
    const requestId = getResponseMeta(result)?.requestId;
    if (requestId) console.log(`   (request id ${requestId})`);
  }
} finally {
  await server?.close();
}
