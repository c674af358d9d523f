// What the bundle budgets measure: the code a browser app ships for one use of the SDK. Each scenario is an entry
// file importing the packages as an app would; `limit` is its gzip budget. Packages without a scenario of their own
// get one generated call, so a new package is measured as soon as it lands.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../packages/', import.meta.url));

/** Packages that never run in a browser, so have no browser budget. */
export const nodeOnlyPackages = ['@org/testing'];

/**
 * What every call carries since 2026-12-07, in each budget below (measured with `pnpm size` before and after):
 * every call's promise is an `APIPromise` whose `withResponse()` and `asResponse()` give the HTTP response whatever
 * the result (DESIGN, "Public API shape"; the raw body stays on the call's clocks, so it reuses the binary body's
 * watcher), about 0.33 KB; `withOptions` merges headers, query and hooks, and `handshake()` gives a WebSocket's URL
 * and headers, about 0.2 KB; one shared sleep, backoff and web-stream adapter, and the chunks the public and internal
 * entries share, about 0.1 KB.
 *
 * What every call carries since the "nothing lost, nothing leaked" work (issue 14), measured with `pnpm size` against
 * main before it, in each budget below: about 0.6 KB on a plain call (0.54 through core, 0.61 through chat). Of that,
 * by `pnpm size:explain` grouped by file: credentials kept out of everything, about 0.2 KB (a key a server echoes
 * with JSON escapes scrubbed after decoding them, credential names told by rule rather than from a fixed list, query
 * strings masked in logs, `meta.toJSON()` scrubbed, the `redact` option); replies that are not the result, about
 * 0.12 KB (`InvalidResponseError` for an empty or non-JSON 2xx where JSON is due); misuse from plain JavaScript named,
 * about 0.2 KB (call options or functions in a query or body, a call without its client, text a URL cannot carry);
 * the generated `json: true` and `request(client, …)`, and `lenientStreamEnd`, the rest. A stream adds about 0.1 KB
 * (its end checked: `[DONE]` or terminal events, a body cut mid-event, an HTML page where events were due); a list
 * about 0.1 KB (a cursor already fetched ends it with `PaginationLoopError`).
 */

/**
 * What every call carries since the official result, page and client fields (issue 17, 2026-12-07, measured with
 * `pnpm size` and `pnpm size:explain` before and after): about 0.06 KB on a plain call. The client's `fetchOptions`
 * under each call's (`with-fetch-options.ts`, 26 B), a JSON result's hidden `_request_id` beside its metadata and
 * `APIError#requestID`, about 0.02 KB; the option check, the rest. An upload call adds a fetch `Response` as a file
 * (about 0.05 KB in the multipart encoder).
 */

/**
 * The budget for one call of a package: the client, the call, and nothing of the stream code. Upload calls carry the
 * multipart encoder too (about 1.1 KB with its checks on file fields, sizes and failing sources), hence the room above
 * a plain call. 8 KB until every call carried its response (above), 8.6 KB until nothing lost, nothing leaked (above:
 * +0.6 to 0.8 KB; videos: createVideo measured 9.28 KB), 9.35 KB until the official `path`, `body` and `fetchOptions`
 * call options (2026-12-07, about +0.07 KB; videos: createVideo measured 9.35 KB), 9.45 KB until the official
 * result, page and client fields (above: videos: createVideo measured 9.48 KB), 9.55 KB until the 401 replay of a key
 * provider that can drop a refused key (workload identity, 2026-12-07, about +0.06 KB; videos: createVideo measured
 * 9.55 KB); 9.6 KB until the reason phrase (`statusText`) and the `provider` seam (2026-12-07, about +0.07 KB; videos:
 * createVideo measured 9.62 KB).
 */
const ONE_CALL_LIMIT = '9.7 KB';
/**
 * The budget for the client and one call through core or chat, the calls most browser apps make. It was 6.5 KB until
 * header names and values were checked and every credential header scrubbed from what a server sends back, in error
 * bodies and in stream errors (about 0.15 KB); 6.7 KB until every call carried its response (above); 7.35 KB until
 * nothing lost, nothing leaked (above: +0.54 KB through core, +0.61 KB through chat, measured 7.83 and 7.93 KB);
 * 8 KB until the official result, page and client fields (above: chat one completion measured 8.05 KB); 8.1 KB until
 * the 401 replay of a key provider that can drop a refused key (workload identity, 2026-12-07, about +0.06 KB; chat:
 * one completion measured 8.13 KB); 8.2 KB until every reply kept its reason phrase (`statusText`) and every client
 * took a `provider` (2026-12-07, about +0.07 KB together; chat: one completion measured 8.2 KB).
 */
const CORE_CALL_LIMIT = '8.3 KB';
/**
 * The budget for a scenario that reads an event stream; 8.5 KB until stream errors were scrubbed of credentials,
 * 8.6 KB until every call carried its response (above), 9.3 KB until nothing lost, nothing leaked (above: +0.66 to
 * 0.75 KB; responses: streamed response measured 9.99 KB); 10.05 KB until every call took the official `path`, `body`
 * and `fetchOptions` options (2026-12-07, about +0.08 KB; responses: streamed response measured 10.08 KB); 10.1 KB
 * until the official result, page and client fields (above: responses: streamed response measured 10.13 KB); 10.2 KB
 * until the 401 replay of a key provider (above, about +0.06 KB; responses: streamed response measured 10.21 KB).
 */
const STREAM_LIMIT = '10.3 KB';
/**
 * The budget for the stream helpers that assemble a completion or a response; 10.5 KB until stream errors were
 * scrubbed, 10.6 KB until every call carried its response (above) and both helpers shared one base, 11.3 KB until
 * nothing lost, nothing leaked (above: +0.76 and +0.74 KB, measured 11.86 and 11.96 KB); 12.05 KB until the official
 * result, page and client fields (above: the responses helper measured 12.11 KB); 12.15 KB until the 401 replay of a key
 * provider (above, about +0.06 KB; the responses helper measured 12.2 KB); 12.25 KB until the reason phrase and the
 * `provider` seam (above, about +0.07 KB; the responses helper measured 12.26 KB).
 */
const STREAM_HELPER_LIMIT = '12.35 KB';
/**
 * The budget for the run stream helper (`runStream` of `@org/assistants`, 12.49 KB when first measured on 2026-12-07):
 * the stream helper base with the assembly of a run's messages, run steps and tool calls, and tool outputs sent on the
 * same stream. About +0.05 KB since the no-op `observe` hook, called with each event and what it built, on which the
 * umbrella hangs the official `AssistantStream` listeners (measured 12.54 KB; 12.58 KB once every reply kept its
 * reason phrase, below); the listeners stay in the umbrella.
 */
const RUN_STREAM_LIMIT = '12.65 KB';
/**
 * The budget for a realtime session in a page: connect with an ephemeral key, one text turn read as it streams. The
 * official package's browser client (`OpenAIRealtimeWebSocket`) doing the same is 95.9 KB; a bare `WebSocket` with
 * `JSON.parse`, 0.3 KB (bench/lib/measure-bundles.mjs measures both; `pnpm bench` reports them). 16 KB until nothing
 * lost, nothing leaked (above: the core client it carries checks more, measured 16.37 KB); 16.5 KB until the 401
 * replay of a key provider (above, about +0.06 KB, measured 16.53 KB); 16.6 KB until every reply kept its reason
 * phrase for `asResponse()`, `withResponse()` and `meta.statusText` (2026-12-07, about +0.04 KB on every call's bundle:
 * core one call measured 8.09 KB, realtime 16.63 KB) and the `provider` client option (Bedrock, Vertex, 2026-12-07):
 * its seam in every core client (the provider's `configure` call and the body handed to `beforeRequest`) is about
 * +0.03 KB on every scenario, the providers themselves being subpaths no scenario imports.
 */
const REALTIME_LIMIT = '16.7 KB';

/**
 * The budget for a WebRTC call in a page (`connectRealtimeWebRTC`, 17.65 KB on 2026-12-07): the same connection,
 * turns and helpers as the WebSocket session (15.8 KB), its data channel as the transport (0.7 KB), and the one HTTP
 * call that posts the offer, which the WebSocket session never makes: the client's request pipeline and errors, and
 * the multipart encoder of the generated `createRealtimeCall` for an offer sent beside a model (0.9 KB of it). The
 * official package has no WebRTC client to compare with. 18 KB until nothing lost, nothing leaked (above) came
 * in the merge: 18.49 KB measured after it, as the WebSocket session rose to 16.38 KB. 18.7 KB until the 401 replay
 * of a key provider (above, about +0.06 KB, measured 18.75 KB); 18.8 KB until the reason phrase and the `provider`
 * seam (above, about +0.07 KB, measured 18.82 KB).
 */
const REALTIME_WEBRTC_LIMIT = '18.9 KB';

/**
 * The budget for an Azure client and one chat call (`@org/core/azure`, 2026-12-07): about 1.1 KB over the same call on
 * a plain client, for its option checks and messages, deployment routing, the realtime handshake and the redirect guard
 * of its fetch. A subpath, so no other bundle carries any of it. 8.5 KB until nothing lost, nothing leaked (above, the
 * same +0.5 KB as every call; measured 8.99 KB); 9.1 KB until the official result, page and client fields (above:
 * measured 9.13 KB); 9.2 KB until the 401 replay of a key provider (above, about +0.06 KB, measured 9.21 KB); 9.3 KB
 * until the reason phrase and the `provider` seam (above, about +0.07 KB, measured 9.29 KB).
 */
const AZURE_CALL_LIMIT = '9.4 KB';

/**
 * The budget for verifying and parsing a webhook delivery (`@org/webhooks`, 1.8 KB on 2026-12-07): WebCrypto HMAC,
 * the timestamp and header checks, and the few core errors it throws; no client, no transport.
 */
const WEBHOOK_LIMIT = '2 KB';

const client = `const client = createClient({ apiKey: 'ek_size', baseURL: 'https://api.example.test/v1' });`;
const messages = `[{ role: 'user', content: 'Hi' }]`;

/**
 * @typedef {{ name: string, packages: string[], limit: string, streams: boolean, source: string, besideOneCall?: boolean }} SizeScenario
 * `streams`: whether the scenario reads an event stream, so may carry the stream code; the others must not.
 * `besideOneCall`: its packages still get their one-call scenario.
 */

/** @type {SizeScenario[]} */
const fixedScenarios = [
  {
    name: 'core: createClient + client.request',
    packages: ['@org/core'],
    limit: CORE_CALL_LIMIT,
    streams: false,
    source: `import { createClient } from '@org/core';
${client}
client.request({ method: 'POST', path: '/chat/completions', body: { model: 'gpt-4o-mini' } }).then(console.log);`,
  },
  {
    name: 'core: streamed client.request',
    packages: ['@org/core'],
    limit: STREAM_LIMIT,
    streams: true,
    source: `import { createClient, createEventStream } from '@org/core';
${client}
for await (const event of await client.request({ method: 'POST', path: '/responses', body: {}, read: createEventStream })) console.log(event);`,
  },
  {
    name: 'core/azure: createAzureClient + chat completion',
    packages: ['@org/core', '@org/chat'],
    limit: AZURE_CALL_LIMIT,
    streams: false,
    source: `import { createAzureClient } from '@org/core/azure';
import { createChatCompletion } from '@org/chat';
const client = createAzureClient({ endpoint: 'https://size.openai.azure.example.test', apiVersion: '2024-10-21', azureADTokenProvider: async () => 'token' });
console.log(await createChatCompletion(client, { model: 'gpt-4o-mini', messages: ${messages} }));`,
  },
  {
    name: 'chat: one completion',
    packages: ['@org/core', '@org/chat'],
    limit: CORE_CALL_LIMIT,
    streams: false,
    source: `import { createClient } from '@org/core';
import { createChatCompletion } from '@org/chat';
${client}
console.log(await createChatCompletion(client, { model: 'gpt-4o-mini', messages: ${messages} }));`,
  },
  {
    name: 'chat: streamed completion',
    packages: ['@org/core', '@org/chat'],
    limit: STREAM_LIMIT,
    streams: true,
    source: `import { createClient } from '@org/core';
import { streamChatCompletion } from '@org/chat';
${client}
for await (const chunk of await streamChatCompletion(client, { model: 'gpt-4o-mini', messages: ${messages} })) console.log(chunk);`,
  },
  {
    name: 'chat: completion + stream',
    packages: ['@org/core', '@org/chat'],
    limit: STREAM_LIMIT,
    streams: true,
    source: `import { createClient } from '@org/core';
import { createChatCompletion, streamChatCompletion } from '@org/chat';
${client}
console.log(await createChatCompletion(client, { model: 'gpt-4o-mini', messages: ${messages} }));
for await (const chunk of await streamChatCompletion(client, { model: 'gpt-4o-mini', messages: ${messages} })) console.log(chunk);`,
  },
  {
    name: 'responses: streamed response',
    packages: ['@org/core', '@org/responses'],
    limit: STREAM_LIMIT,
    streams: true,
    source: `import { createClient } from '@org/core';
import { streamResponse } from '@org/responses';
${client}
for await (const event of await streamResponse(client, { model: 'gpt-4o-mini', input: 'Hi' })) console.log(event);`,
  },
  {
    name: 'chat: chatCompletionStream helper',
    packages: ['@org/core', '@org/chat'],
    limit: STREAM_HELPER_LIMIT,
    streams: true,
    source: `import { createClient } from '@org/core';
import { chatCompletionStream } from '@org/chat';
${client}
const stream = chatCompletionStream(client, { model: 'gpt-4o-mini', messages: ${messages} });
for await (const event of stream) console.log(event);
console.log(await stream.finalChatCompletion());`,
  },
  {
    name: 'realtime: connect + one text turn',
    packages: ['@org/core', '@org/realtime'],
    limit: REALTIME_LIMIT,
    streams: false,
    // A page also makes the package's one REST call (a client secret, made on a server), so it keeps that scenario.
    besideOneCall: true,
    source: `import { createClient } from '@org/core';
import { connectRealtime } from '@org/realtime';
${client}
const rt = connectRealtime(client, { model: 'gpt-realtime' });
await rt.addMessage('Hi');
const turn = rt.createResponse({ output_modalities: ['text'] });
for await (const event of turn) if (event.type === 'response.output_text.delta') console.log(event.delta);
console.log((await turn.result()).text);
await rt.close();`,
  },
  {
    name: 'realtime: WebRTC call + one text turn',
    packages: ['@org/core', '@org/realtime'],
    limit: REALTIME_WEBRTC_LIMIT,
    streams: false,
    besideOneCall: true,
    source: `import { createClient } from '@org/core';
import { connectRealtimeWebRTC } from '@org/realtime';
${client}
const media = await navigator.mediaDevices.getUserMedia({ audio: true });
const call = connectRealtimeWebRTC(client, { media, audioElement: document.querySelector('audio') });
await call.addMessage('Hi');
const turn = call.createResponse({ output_modalities: ['text'] });
for await (const event of turn) if (event.type === 'response.output_text.delta') console.log(event.delta);
console.log((await turn.result()).text, call.callId);
await call.close();`,
  },
  {
    name: 'responses: responseStream helper',
    packages: ['@org/core', '@org/responses'],
    limit: STREAM_HELPER_LIMIT,
    streams: true,
    source: `import { createClient } from '@org/core';
import { responseStream } from '@org/responses';
${client}
const stream = responseStream(client, { model: 'gpt-4o-mini', input: 'Hi' });
for await (const event of stream) console.log(event);
console.log(await stream.finalResponse());`,
  },
  {
    name: 'assistants: runStream helper',
    packages: ['@org/core', '@org/assistants'],
    limit: RUN_STREAM_LIMIT,
    streams: true,
    // A page that streams a run also makes the package's other calls, so it keeps the one-call scenario.
    besideOneCall: true,
    source: `import { createClient } from '@org/core';
import { runStream } from '@org/assistants';
${client}
const stream = runStream(client, 'thread_1', { assistant_id: 'asst_1' });
for await (const event of stream) console.log(event);
console.log(await stream.finalMessages());`,
  },
  {
    name: 'webhooks: unwrapWebhook',
    packages: ['@org/core', '@org/webhooks'],
    limit: WEBHOOK_LIMIT,
    streams: false,
    source: `import { unwrapWebhook } from '@org/webhooks';
export async function onWebhook(request) {
  const event = await unwrapWebhook(await request.text(), request.headers, { secret: 'whsec_c2l6ZQ==' });
  console.log(event.type);
}`,
  },
];

/** One call each, chosen as the call a user of the package would most likely make first. */
const oneCall = {
  '@org/admin': 'listProjects',
  '@org/assistants': 'createAssistant',
  '@org/audio': 'createSpeech',
  '@org/batches': 'createBatch',
  '@org/chatkit': 'createChatKitSession',
  '@org/content-provenance': 'createContentProvenanceCheck',
  '@org/embeddings': 'createEmbedding',
  '@org/evals': 'createEval',
  '@org/files': 'createFile',
  '@org/fine-tuning': 'createFineTuningJob',
  '@org/images': 'generateImage',
  '@org/models': 'listModels',
  '@org/moderations': 'createModeration',
  '@org/realtime': 'createRealtimeClientSecret',
  '@org/skills': 'listSkills',
  '@org/videos': 'createVideo',
};

/**
 * The umbrella carries every resource by design: its budget is for the whole client. 18.5 KB until every call carried
 * its response; 19 KB until the 48 assistants, threads, vector store and ChatKit operations sent the `OpenAI-Beta`
 * header their API refuses them without (about 0.12 KB gzip, 1.9 KB minified; a one-call bundle of `@org/assistants`
 * or `@org/chatkit` carries it once, about 0.02 KB); 19.2 KB until `openai.webhooks` (2026-12-07, about 1.2 KB:
 * WebCrypto verification and its errors, which a getter on the client cannot leave out), nothing lost, nothing
 * leaked (above, and every generated function's `json: true`, its `request(client, …)` and its stream's end: about
 * +1.2 KB) and `embeddings.create` asking for base64 and decoding it to the float values, as the official client does
 * (about 0.3 KB gzip: the float32 decoder, the base64 finisher and core's `decodeBase64`; `pnpm size:explain
 * umbrella`); 21.6 KB until the admin client refused a browser page without an explicit opt-in (about 0.06 KB); 22 KB
 * until the official params shape (a POST's query parameters and `betas` taken out of the params object in the
 * methods that have them, `withHeaders`, bracket-free query names), `adminAPIKey` on `fineTuning.checkpoints` and the
 * official `path`, `body` and `fetchOptions` call options (2026-12-07, about +0.3 KB, measured 22.26 KB).
 * `AzureOpenAI` is left out of a bundle that does not use it. 22.3 KB until the official helper methods (2026-12-07,
 * about 9.2 KB): the chat, responses and run stream helpers with their assemblers, `parse`, `runTools` (with the
 * official tool shape), the file and vector store pollers and the batch upload are methods of the resource classes
 * the getters build, so no bundler can leave them out; a bundle that counts its bytes imports the per-resource
 * packages, where each helper is its own function. 31.6 KB until the official `workloadIdentity` option and the
 * official event emitter on those helpers (2026-12-07, measured 31.61 KB before both). The option, about +1.6 KB: the
 * token exchange, its cache, the option checks and the `OAuthError` and `SubjectTokenProviderError` the umbrella
 * exports as the official package does (the providers stay in `@org/openai/auth`). The emitter, about +1.9 KB:
 * `on`/`off`/`once`/`emitted`, the mapping of the chat, runner and response stream events to their official names
 * and payloads, and the loop fed by the events for one begun after listeners started the stream, which the helper
 * methods carry whether or not a listener is registered (the per-package streams keep only a no-op hook). Measured
 * 35.15 KB with both. 35.3 KB until the official `dataResidency` option, checked and mapped in the constructor, and
 * the official static members `DEFAULT_TIMEOUT`, `toStreamingFile` and `OpenAI` (2026-12-07, about +0.12 KB,
 * measured 35.42 KB). 35.5 KB until the `provider` option (its checks beside the umbrella's own options) and the reason
 * phrase (2026-12-07, about +0.17 KB, measured 35.59 KB). 35.7 KB until the official `AssistantStream` listeners on the
 * run streams (2026-12-07, about +0.96 KB): the run events mapped to the official events in the official order,
 * `currentEvent()`, `currentMessageSnapshot()`, `currentRunStepSnapshot()`, `toReadableStream()` and the loop begun
 * after listeners started the stream (`AssistantStream.fromReadableStream` is in the `lib/AssistantStream` subpath,
 * left out here). Measured 36.51 KB with all of the above. 36.7 KB until the official `credential` option (X.509
 * workload identity, 2026-12-07, about +0.29 KB over 36.57 KB, measured 36.86 KB; `pnpm size:explain umbrella` before
 * and after): the option's mapping, its refusal beside `dataResidency` and the switch from one way in to another on
 * `withOptions`, as the official client does, about 0.15 KB (`openai-options.ts`); `withX509Credential`, which only
 * calls the credential's own function, so that the option checks, the certificate and the mutual TLS agent stay in the
 * Node-only `@org/core/workload-identity-x509`, about 0.07 KB; the workload identity's exchange request and token cache
 * in their own functions, which the certificate's exchange reuses, the cache closable, about 0.05 KB. No other budget
 * moved.
 */
const umbrellaScenario = {
  name: 'openai (umbrella): chat.completions.create',
  packages: ['@org/openai'],
  limit: '36.95 KB',
  streams: true,
  source: `import OpenAI from '@org/openai';
const openai = new OpenAI({ apiKey: 'ek_size', baseURL: 'https://api.example.test/v1' });
console.log(await openai.chat.completions.create({ model: 'gpt-4o-mini', messages: ${messages} }));`,
};

/** @returns {{ name: string, manifest: { exports?: unknown, private?: boolean }, dir: string }[]} */
function readPackages() {
  return readdirSync(packagesDir)
    .map((folder) => {
      try {
        const manifest = JSON.parse(readFileSync(path.join(packagesDir, folder, 'package.json'), 'utf8'));
        return { name: manifest.name, manifest, dir: path.join(packagesDir, folder) };
      } catch {
        return undefined;
      }
    })
    .filter((pkg) => pkg !== undefined && pkg.manifest.private !== true);
}

/** The first exported call of a package (create…, then list…, then any), read from its built ESM. */
async function firstCall(pkg) {
  const module = await import(path.join(pkg.dir, 'dist/index.js'));
  const calls = Object.keys(module).filter((name) => /^[a-z]/.test(name) && typeof module[name] === 'function');
  return calls.find((name) => name.startsWith('create')) ?? calls.find((name) => name.startsWith('list')) ?? calls[0];
}

/** Every scenario for the packages present now; scenarios whose packages are missing are left out. */
export async function listSizeScenarios() {
  const packages = readPackages();
  const present = new Set(packages.map((pkg) => pkg.name));
  const scenarios = fixedScenarios.filter((scenario) => scenario.packages.every((name) => present.has(name)));
  if (present.has(umbrellaScenario.packages[0])) scenarios.push(umbrellaScenario);
  const covered = new Set([
    ...scenarios.filter((scenario) => !scenario.besideOneCall).flatMap((scenario) => scenario.packages),
    ...nodeOnlyPackages,
  ]);
  for (const pkg of packages) {
    if (covered.has(pkg.name)) continue;
    const call = oneCall[pkg.name] ?? (await firstCall(pkg).catch(() => undefined));
    // No call: a package of types only puts nothing in a bundle, so it has no scenario.
    if (!call) continue;
    scenarios.push({
      name: `${pkg.name.replace('@org/', '')}: ${call}`,
      packages: ['@org/core', pkg.name],
      limit: ONE_CALL_LIMIT,
      streams: false,
      source: `import { createClient } from '@org/core';
import { ${call} } from '${pkg.name}';
${client}
console.log(await ${call}(client, {}));`,
    });
  }
  return scenarios;
}

/** A file name for a scenario's entry. */
export function scenarioFileName(scenario) {
  return `${scenario.name
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}.js`;
}
