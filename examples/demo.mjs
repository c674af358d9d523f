// The tour `pnpm demo` runs: each example in turn. Without OPENAI_API_KEY every
// example talks to an embedded local server with scripted replies, so the tour
// works offline; with a key it calls the real API.
import { createAdminClient } from '@org/admin';
import { createClient, getResponseMeta } from '@org/core';
import { startTestServer } from '@org/testing';
import * as adminExportCosts from './admin-export-costs.mjs';
import * as adminInviteUser from './admin-invite-user.mjs';
import * as assistantsTools from './assistants-tools.mjs';
import * as batchJob from './batch-job.mjs';
import * as chatCompletion from './chat-completion.mjs';
import * as chatStream from './chat-stream.mjs';
import * as chatStructured from './chat-structured.mjs';
import * as chatTools from './chat-tools.mjs';
import * as embedAndSearch from './embed-and-search.mjs';
import * as evalRun from './eval-run.mjs';
import * as fineTune from './fine-tune.mjs';
import * as imageGenerateAndSave from './image-generate-and-save.mjs';
import * as makeVideo from './make-video.mjs';
import * as realtimeChat from './realtime-chat.mjs';
import * as realtimeWebRTC from './realtime-webrtc.mjs';
import * as responsesResume from './responses-resume.mjs';
import * as responsesStream from './responses-stream.mjs';
import * as responsesStructured from './responses-structured.mjs';
import * as responsesTools from './responses-tools.mjs';
import * as speakAndTranscribe from './speak-and-transcribe.mjs';
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
  ['A WebRTC call from a browser page, messages on its data channel (headless Chromium)', realtimeWebRTC],
  ['Onboarding with the admin key: an invite, a member added to projects, who can reach a project', adminInviteUser],
  ["Last month's costs per project as CSV, and its tokens per model", adminExportCosts],
  ['A small corpus embedded as Float32Arrays and searched by cosine similarity', embedAndSearch],
  ['An image generated and saved to a file', imageGenerateAndSave],
  ['A sentence spoken into a file as it arrives, then transcribed, streamed', speakAndTranscribe],
  ['A video made and waited for as the server asks, then saved with its thumbnail', makeVideo],
  ['A fine-tuning job from a JSONL file: its events as they are logged, its checkpoints, its metrics', fineTune],
  ['An eval run: its progress, pass rates overall and per grader, and the items that failed', evalRun],
];

const live = Boolean(process.env.OPENAI_API_KEY);
const server = live ? undefined : await startTestServer();
const client = createClient(live ? {} : { apiKey: 'sk-local-demo', baseURL: server.baseURL });
// Admin examples take a client with the admin key: the local server's, or OPENAI_ADMIN_KEY's with a key.
const adminClient = live
  ? process.env.OPENAI_ADMIN_KEY && createAdminClient()
  : createAdminClient({ apiKey: 'sk-admin-local-demo', baseURL: server.baseURL });
const model = process.env.OPENAI_MODEL;
console.log(live ? 'Calling the OpenAI API.' : `No OPENAI_API_KEY: using a local server at ${server.baseURL}.`);

try {
  for (const [index, [title, example]] of tour.entries()) {
    console.log(`\n${index + 1}. ${title}`);
    if (live && example.offlineOnly) {
      console.log(`   (skipped with a key: ${example.offlineOnly})`);
      continue;
    }
    if (example.usesAdminKey && !adminClient) {
      console.log('   (skipped: set OPENAI_ADMIN_KEY for the admin examples)');
      continue;
    }
    server?.reset();
    if (server) example.scriptReplies(server);
    const exampleClient = example.usesAdminKey ? adminClient : client;
    const result = await example.run({
      client: exampleClient,
      server,
      log: (line) => console.log(`   ${line}`),
      model,
      live,
    });
    const requestId = getResponseMeta(result)?.requestId;
    if (requestId) console.log(`   (request id ${requestId})`);
  }
} finally {
  await server?.close();
}
