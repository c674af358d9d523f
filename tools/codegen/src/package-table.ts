import type { PackageName } from './operation-table.js';

export interface PackageInfo {
  name: PackageName;
  description: string;
  /** A short runnable example for the README. */
  example: string;
  /** A warning shown at the top of the README. */
  notice?: string;
  /** Hand-written modules the package's `src/index.ts` also re-exports. */
  extraExports?: string[];
}

const client = "import { createClient } from '@org/core';\n";

export const packageTable: readonly PackageInfo[] = [
  {
    name: 'chat',
    description: 'Chat completions (create, stream, stored completions and their messages) and legacy completions.',
    example: `${client}import { createChatCompletion, streamChatCompletion } from '@org/chat';

const client = createClient();
const reply = await createChatCompletion(client, {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Say hello' }],
});
console.log(reply.choices[0]?.message.content);

for await (const chunk of await streamChatCompletion(client, {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Count to three' }],
})) {
  process.stdout.write(chunk.choices[0]?.delta.content ?? '');
}`,
  },
  {
    name: 'responses',
    description:
      'Responses (create, stream, retrieve, resume, cancel, delete, input items, input tokens, compact) and conversations.',
    example: `${client}import { createResponse, streamResponse } from '@org/responses';

const client = createClient();
const response = await createResponse(client, { model: 'gpt-4o-mini', input: 'Say hello' });
console.log(response.id, response.status);

for await (const event of await streamResponse(client, { model: 'gpt-4o-mini', input: 'Count to three' })) {
  if (event.type === 'response.output_text.delta') process.stdout.write(event.delta);
}`,
  },
  {
    name: 'assistants',
    description:
      'Assistants, threads, messages, runs and run steps, with run streams, polling and tool runs (legacy Assistants API: use Responses for new work).',
    notice:
      '> **Legacy.** The Assistants API is deprecated upstream and sunsets on 2026-08-26. Use the Responses API (`@org/responses`) for new work; this package is kept correct for existing integrations.',
    example: `${client}import { createAssistant, createThread, streamRun } from '@org/assistants';

const client = createClient();
const assistant = await createAssistant(client, { model: 'gpt-4o-mini', instructions: 'Be brief.' });
const thread = await createThread(client, { messages: [{ role: 'user', content: 'Hello' }] });
for await (const { event, data } of await streamRun(client, thread.id, { assistant_id: assistant.id })) {
  console.log(event, data);
}`,
  },
  {
    name: 'files',
    description: 'Files, uploads, vector stores (their files and file batches) and containers (their files).',
    example: `${client}import { createFile, listFiles, retrieveFileContent } from '@org/files';

const client = createClient();
const file = await createFile(client, { file: new Blob(['{"a":1}\\n']), purpose: 'batch' });
for await (const item of listFiles(client, { limit: 20 })) console.log(item.id, item.filename);
const content = await retrieveFileContent(client, file.id);
console.log(await content.text());`,
  },
  {
    name: 'realtime',
    description:
      'The Realtime API: a WebSocket client with typed events, turns, audio and tools (Node with ws, browsers native), plus client secrets, calls (SIP/WebRTC accept, reject, refer, hang up), sessions and translation client secrets over REST.',
    example: `${client}import { createRealtimeClientSecret } from '@org/realtime';

const client = createClient();
const secret = await createRealtimeClientSecret(client, {
  session: { type: 'realtime', model: 'gpt-realtime' },
});
console.log(secret.value, secret.expires_at);`,
  },
  {
    name: 'admin',
    description:
      'Organization administration: projects and their users, service accounts, API keys, rate limits, roles, groups, certificates and spend; users, invites, audit logs, admin API keys, usage and costs, certificates, roles, groups, data retention, spend limits and alerts.',
    extraExports: ['./create-admin-client.js'],
    example: `import { createAdminClient, listAuditLogs, listProjects } from '@org/admin';

const admin = createAdminClient(); // OPENAI_ADMIN_KEY
for await (const project of listProjects(admin, { limit: 100 })) console.log(project.id, project.name);
const page = await listAuditLogs(admin, { limit: 10 });
console.log(page.data.length, page.hasMore);`,
  },
  {
    name: 'embeddings',
    description: 'Embeddings.',
    example: `${client}import { createEmbedding } from '@org/embeddings';

const client = createClient();
const result = await createEmbedding(client, { model: 'text-embedding-3-small', input: 'hello' });
console.log(result.data[0]?.embedding.length);`,
  },
  {
    name: 'images',
    description: 'Image generation, edits (streamed or not) and variations.',
    example: `${client}import { generateImage } from '@org/images';

const client = createClient();
const result = await generateImage(client, { model: 'gpt-image-1', prompt: 'A lighthouse at dawn' });
console.log(result.data?.[0]?.b64_json?.length);`,
  },
  {
    name: 'audio',
    description: 'Speech (audio or streamed events), transcriptions, translations, custom voices and voice consents.',
    example: `${client}import { createSpeech, createTranscription } from '@org/audio';

const client = createClient();
const speech = await createSpeech(client, { model: 'gpt-4o-mini-tts', voice: 'alloy', input: 'Hello there' });
const audio = await speech.blob();
const text = await createTranscription(client, { model: 'whisper-1', file: audio });
console.log(text);`,
  },
  {
    name: 'moderations',
    description: 'Moderations.',
    example: `${client}import { createModeration } from '@org/moderations';

const client = createClient();
const result = await createModeration(client, { model: 'omni-moderation-latest', input: 'some text' });
console.log(result.results[0]?.flagged);`,
  },
  {
    name: 'models',
    description: 'Models: list, retrieve, delete fine-tuned ones.',
    example: `${client}import { listModels } from '@org/models';

const client = createClient();
const models = await listModels(client);
console.log(models.data.map((model) => model.id));`,
  },
  {
    name: 'batches',
    description:
      'Batches, and a typed workflow over them: typed requests for any batchable endpoint, checked, uploaded, run, waited for, and read back as typed results joined to their requests.',
    example: `${client}import { createBatch, retrieveBatch } from '@org/batches';

const client = createClient();
const batch = await createBatch(client, {
  input_file_id: 'file-abc123',
  endpoint: '/v1/chat/completions',
  completion_window: '24h',
});
console.log((await retrieveBatch(client, batch.id)).status);`,
  },
  {
    name: 'fine-tuning',
    description: 'Fine-tuning jobs, their events and checkpoints, checkpoint permissions, and the alpha graders.',
    example: `${client}import { createFineTuningJob, listFineTuningJobEvents } from '@org/fine-tuning';

const client = createClient();
const job = await createFineTuningJob(client, { model: 'gpt-4o-mini', training_file: 'file-abc123' });
for await (const event of listFineTuningJobEvents(client, job.id)) console.log(event.message);`,
  },
  {
    name: 'evals',
    description: 'Evals, their runs and run output items.',
    example: `${client}import { listEvals } from '@org/evals';

const client = createClient();
for await (const evaluation of listEvals(client, { limit: 10 })) console.log(evaluation.id, evaluation.name);`,
  },
  {
    name: 'videos',
    description: 'Video generation, edits, extensions, remixes, characters and content download.',
    example: `${client}import { createVideo, downloadVideoContent } from '@org/videos';

const client = createClient();
const video = await createVideo(client, { model: 'sora-2', prompt: 'A paper boat on a pond' });
const content = await downloadVideoContent(client, video.id);
console.log(content.contentType);`,
  },
  {
    name: 'skills',
    description: 'Skills, their versions and their content.',
    example: `${client}import { listSkills } from '@org/skills';

const client = createClient();
for await (const skill of listSkills(client)) console.log(skill.id, skill.name);`,
  },
  {
    name: 'chatkit',
    description: 'ChatKit sessions and threads.',
    example: `${client}import { createChatKitSession } from '@org/chatkit';

const client = createClient();
const session = await createChatKitSession(client, { user: 'user-123', workflow: { id: 'wf_123' } });
console.log(session.client_secret);`,
  },
  {
    name: 'content-provenance',
    description: 'Content provenance checks: whether an image or audio file carries OpenAI provenance signals.',
    example: `${client}import { createContentProvenanceCheck } from '@org/content-provenance';

const client = createClient();
const check = await createContentProvenanceCheck(client, { file: new Blob([]) });
console.log(check);`,
  },
  {
    name: 'webhooks',
    description: 'Verify and parse webhook deliveries; typed webhook events.',
    example: `import { InvalidWebhookSignatureError, unwrapWebhook } from '@org/webhooks';

export async function POST(request: Request): Promise<Response> {
  try {
    // The body exactly as it arrived; the secret from OPENAI_WEBHOOK_SECRET.
    const event = await unwrapWebhook(await request.text(), request.headers);
    if (event.type === 'response.completed') console.log('response done', event.data.id);
    return new Response('ok');
  } catch (error) {
    if (error instanceof InvalidWebhookSignatureError) return new Response('invalid signature', { status: 400 });
    throw error;
  }
}`,
  },
];
