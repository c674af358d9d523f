/**
 * The official package's helper methods, by method path, and the helper of a resource package each one calls. The
 * umbrella's generator gives every resource that has one a subclass carrying them (`emit-umbrella-helpers.ts`);
 * where a generated method of the same name exists (`chat.completions.stream` gives raw chunks), the helper takes its
 * place, as in the official package.
 *
 * `signature` is the method as the official package spells it (parameters in its order, our types); `body` calls the
 * helper with `this.#client`. `imports` lists, per module, the names the signature and body use (`type X` for types).
 * A wait ends as the official one does, with the object in the state it stopped in (`endedJob`), where the per-resource
 * pollers reject with a `JobFailedError`.
 */
export interface UmbrellaHelper {
  path: string;
  imports: Readonly<Record<string, readonly string[]>>;
  signature: string;
  body: string;
  /** One-line doc comment; a `@deprecated` note when the official method is an alias kept for old code. */
  doc: string;
  deprecated?: string;
}

const core = '@org/core';

export const umbrellaHelperTable: readonly UmbrellaHelper[] = [
  {
    path: 'chat.completions.stream',
    imports: {
      '../official-chat-completion-stream.js': ['officialChatCompletionStream', 'type OfficialChatCompletionStream'],
      '@org/chat': ['type CreateChatCompletionRequest'],
      [core]: ['type RequestOptions'],
    },
    signature:
      'stream(body: CreateChatCompletionRequest & { stream?: true }, options?: RequestOptions): OfficialChatCompletionStream',
    body: 'return officialChatCompletionStream(this.#client, body, options);',
    doc: 'A streamed completion, returned at once: iterate it for the chunks, listen with `on()`, await `finalChatCompletion()`.',
  },
  {
    path: 'chat.completions.parse',
    imports: {
      '@org/chat': ['parseChatCompletion', 'type ParseChatCompletionBody', 'type ParsedChatCompletion'],
      [core]: ['type RequestOptions'],
    },
    signature:
      'parse<T = unknown>(body: ParseChatCompletionBody<T>, options?: RequestOptions): Promise<ParsedChatCompletion<T>>',
    body: 'return parseChatCompletion(this.#client, body, options);',
    doc: 'A completion with its structured output parsed (`parseChatCompletion` from `@org/chat`).',
  },
  {
    path: 'chat.completions.runTools',
    imports: {
      '../run-official-tools.js': ['runOfficialTools', 'type OfficialToolRun', 'type RunToolsBody'],
      '@org/chat': ['type ChatToolRunOptions', 'type ToolLoopCompletion'],
    },
    signature: 'runTools(body: RunToolsBody, options?: ChatToolRunOptions<ToolLoopCompletion>): OfficialToolRun',
    body: 'return runOfficialTools(this.#client, body, options);',
    doc: 'Calls the model and runs its tool calls until it answers (`runChatTools` from `@org/chat`), official tools too.',
  },
  {
    path: 'responses.stream',
    imports: {
      '../official-response-stream.js': ['officialResponseStream', 'type OfficialResponseStream'],
      '@org/responses': ['type CreateResponse', 'type ResponseStreamOptions'],
    },
    signature:
      'stream(body: CreateResponse & { stream?: true }, options?: ResponseStreamOptions): OfficialResponseStream',
    body: 'return officialResponseStream(this.#client, body, options);',
    doc: 'A streamed response as a `ResponseStream` (`responseStream` from `@org/responses`) with `on()`, returned at once.',
  },
  {
    path: 'responses.parse',
    imports: {
      '@org/responses': ['parseResponse', 'type ParseResponseBody', 'type ParsedResponse'],
      [core]: ['type RequestOptions'],
    },
    signature: [
      'async parse<Output = unknown>(',
      '  body: ParseResponseBody<Output>,',
      '  options?: RequestOptions,',
      '): Promise<ParsedResponse<Output> & { output_parsed: Output }>',
    ].join('\n'),
    body: [
      'const parsed = await parseResponse(this.#client, body, options);',
      'return Object.assign(parsed, { output_parsed: parsed.outputParsed });',
    ].join('\n'),
    doc: 'A response with its structured output parsed (`parseResponse` from `@org/responses`), also as the official `output_parsed`.',
  },
  {
    path: 'files.waitForProcessing',
    imports: {
      '../ended-job.js': ['endedJob'],
      '@org/files': ['waitForFileProcessing', 'type OpenAIFile'],
      [core]: ['type WaitOptions'],
    },
    signature:
      'waitForProcessing(id: string, options: WaitOptions & { pollInterval?: number; maxWait?: number } = {}): Promise<OpenAIFile>',
    body: [
      'const { pollInterval, maxWait, ...wait } = options;',
      'return endedJob(',
      '  waitForFileProcessing(this.#client, id, { pollIntervalMs: pollInterval, pollTimeoutMs: maxWait, ...wait }),',
      ');',
    ].join('\n'),
    doc: 'Waits until the file is processed (`waitForFileProcessing` from `@org/files`); `pollInterval` and `maxWait` in ms.',
  },
  {
    path: 'vectorStores.createAndPoll',
    imports: {
      '../ended-job.js': ['endedJob'],
      '@org/files': ['createVectorStoreAndPoll', 'type CreateVectorStoreRequest', 'type VectorStoreObject'],
      [core]: ['type WaitOptions'],
    },
    signature: 'createAndPoll(body: CreateVectorStoreRequest, options?: WaitOptions): Promise<VectorStoreObject>',
    body: 'return endedJob(createVectorStoreAndPoll(this.#client, body, options));',
    doc: 'Creates a vector store and waits until it is ready (`createVectorStoreAndPoll` from `@org/files`).',
  },
  {
    path: 'vectorStores.files.createAndPoll',
    imports: {
      '../ended-job.js': ['endedJob'],
      '@org/files': ['createVectorStoreFileAndPoll', 'type CreateVectorStoreFileRequest', 'type VectorStoreFileObject'],
      [core]: ['type WaitOptions'],
    },
    signature:
      'createAndPoll(vectorStoreId: string, body: CreateVectorStoreFileRequest, options?: WaitOptions): Promise<VectorStoreFileObject>',
    body: 'return endedJob(createVectorStoreFileAndPoll(this.#client, vectorStoreId, body, options));',
    doc: 'Attaches a file and waits until it is processed (`createVectorStoreFileAndPoll` from `@org/files`).',
  },
  {
    path: 'vectorStores.files.poll',
    imports: {
      '../ended-job.js': ['endedJob'],
      '@org/files': ['pollVectorStoreFile', 'type VectorStoreFileObject'],
      [core]: ['type WaitOptions'],
    },
    signature: 'poll(vectorStoreId: string, fileId: string, options?: WaitOptions): Promise<VectorStoreFileObject>',
    body: 'return endedJob(pollVectorStoreFile(this.#client, vectorStoreId, fileId, options));',
    doc: 'Waits until a file of the vector store is processed (`pollVectorStoreFile` from `@org/files`).',
  },
  {
    path: 'vectorStores.files.upload',
    imports: {
      '@org/files': ['uploadVectorStoreFile', 'type VectorStoreFileObject'],
      [core]: ['type RequestOptions', 'type Uploadable'],
    },
    signature:
      'upload(vectorStoreId: string, file: Uploadable, options?: RequestOptions): Promise<VectorStoreFileObject>',
    body: 'return uploadVectorStoreFile(this.#client, vectorStoreId, { file }, options);',
    doc: 'Uploads a file and attaches it, without waiting (`uploadVectorStoreFile` from `@org/files`).',
  },
  {
    path: 'vectorStores.files.uploadAndPoll',
    imports: {
      '../ended-job.js': ['endedJob'],
      '@org/files': ['uploadVectorStoreFileAndPoll', 'type VectorStoreFileObject'],
      [core]: ['type Uploadable', 'type WaitOptions'],
    },
    signature:
      'uploadAndPoll(vectorStoreId: string, file: Uploadable, options?: WaitOptions): Promise<VectorStoreFileObject>',
    body: 'return endedJob(uploadVectorStoreFileAndPoll(this.#client, vectorStoreId, { file }, options));',
    doc: 'Uploads a file, attaches it and waits until it is processed (`uploadVectorStoreFileAndPoll` from `@org/files`).',
  },
  {
    path: 'vectorStores.fileBatches.createAndPoll',
    imports: {
      '../ended-job.js': ['endedJob'],
      '@org/files': [
        'createVectorStoreFileBatchAndPoll',
        'type CreateVectorStoreFileBatchRequest',
        'type VectorStoreFileBatchObject',
      ],
      [core]: ['type WaitOptions'],
    },
    signature:
      'createAndPoll(vectorStoreId: string, body: CreateVectorStoreFileBatchRequest, options?: WaitOptions): Promise<VectorStoreFileBatchObject>',
    body: 'return endedJob(createVectorStoreFileBatchAndPoll(this.#client, vectorStoreId, body, options));',
    doc: 'Attaches files as one batch and waits until it is over (`createVectorStoreFileBatchAndPoll` from `@org/files`).',
  },
  {
    path: 'vectorStores.fileBatches.poll',
    imports: {
      '../ended-job.js': ['endedJob'],
      '@org/files': ['pollVectorStoreFileBatch', 'type VectorStoreFileBatchObject'],
      [core]: ['type WaitOptions'],
    },
    signature:
      'poll(vectorStoreId: string, batchId: string, options?: WaitOptions): Promise<VectorStoreFileBatchObject>',
    body: 'return endedJob(pollVectorStoreFileBatch(this.#client, vectorStoreId, batchId, options));',
    doc: 'Waits until a file batch is over (`pollVectorStoreFileBatch` from `@org/files`).',
  },
  {
    path: 'vectorStores.fileBatches.uploadAndPoll',
    imports: {
      '@org/files': [
        'uploadVectorStoreFileBatchAndPoll',
        'type UploadVectorStoreFileBatchBody',
        'type VectorStoreFileBatchObject',
      ],
      [core]: ['type WaitOptions'],
    },
    signature: [
      'async uploadAndPoll(',
      '  vectorStoreId: string,',
      '  { fileIds, ...body }: UploadVectorStoreFileBatchBody & { fileIds?: string[] },',
      '  { maxConcurrency, ...options }: WaitOptions & { maxConcurrency?: number } = {},',
      '): Promise<VectorStoreFileBatchObject>',
    ].join('\n'),
    body: [
      'const fileBatch = { ...body, file_ids: body.file_ids ?? fileIds };',
      'const waitOptions = { ...options, concurrency: maxConcurrency };',
      'return (await uploadVectorStoreFileBatchAndPoll(this.#client, vectorStoreId, fileBatch, waitOptions)).batch;',
    ].join('\n'),
    doc: 'Uploads files, attaches them as one batch and waits (`uploadVectorStoreFileBatchAndPoll` from `@org/files`, whose result also lists failed uploads).',
  },
  {
    path: 'beta.threads.createAndRunPoll',
    imports: {
      '../ended-job.js': ['endedJob'],
      '@org/assistants': ['createThreadAndRunAndPoll', 'type CreateThreadAndRunRequest', 'type RunObject'],
      [core]: ['type WaitOptions'],
    },
    signature:
      'createAndRunPoll(body: CreateThreadAndRunRequest & { stream?: false | null }, options?: WaitOptions): Promise<RunObject>',
    body: 'return endedJob(createThreadAndRunAndPoll(this.#client, body, options));',
    doc: 'Creates a thread and a run, and waits until the run stops (`createThreadAndRunAndPoll` from `@org/assistants`).',
  },
  {
    path: 'beta.threads.createAndRunStream',
    imports: {
      '../official-run-stream.js': ['officialThreadAndRunStream', 'type OfficialRunStream'],
      '@org/assistants': ['type CreateThreadAndRunRequest'],
      [core]: ['type RequestOptions'],
    },
    signature:
      'createAndRunStream(body: CreateThreadAndRunRequest & { stream?: true }, options?: RequestOptions): OfficialRunStream',
    body: 'return officialThreadAndRunStream(this.#client, body, options);',
    doc: 'Creates a thread and a run, streamed as a `RunStream` (`threadAndRunStream` from `@org/assistants`) with `on()`.',
  },
  {
    path: 'beta.threads.runs.createAndPoll',
    imports: {
      '../ended-job.js': ['endedJob'],
      '@org/assistants': ['createRunAndPoll', 'type CreateRunRequest', 'type RunObject'],
      [core]: ['type WaitOptions'],
    },
    signature:
      'createAndPoll(threadId: string, body: CreateRunRequest & { stream?: false | null }, options?: WaitOptions): Promise<RunObject>',
    body: 'return endedJob(createRunAndPoll(this.#client, threadId, body, options));',
    doc: 'Creates a run and waits until it stops (`createRunAndPoll` from `@org/assistants`).',
  },
  {
    path: 'beta.threads.runs.stream',
    imports: {
      '../official-run-stream.js': ['officialRunStream', 'type OfficialRunStream'],
      '@org/assistants': ['type CreateRunRequest'],
      [core]: ['type RequestOptions'],
    },
    signature:
      'stream(threadId: string, body: CreateRunRequest & { stream?: true }, options?: RequestOptions): OfficialRunStream',
    body: 'return officialRunStream(this.#client, threadId, body, options);',
    doc: 'Creates a run, streamed as a `RunStream` (`runStream` from `@org/assistants`) with `on()`, returned at once.',
  },
  {
    path: 'beta.threads.runs.createAndStream',
    imports: {
      '../official-run-stream.js': ['officialRunStream', 'type OfficialRunStream'],
      '@org/assistants': ['type CreateRunRequest'],
      [core]: ['type RequestOptions'],
    },
    signature:
      'createAndStream(threadId: string, body: CreateRunRequest & { stream?: true }, options?: RequestOptions): OfficialRunStream',
    body: 'return officialRunStream(this.#client, threadId, body, options);',
    doc: 'The official alias of `stream`.',
    deprecated: 'use `stream`, as in the official package.',
  },
  {
    path: 'beta.threads.runs.poll',
    imports: {
      '../ended-job.js': ['endedJob'],
      '@org/assistants': ['pollRun', 'type RunObject'],
      [core]: ['type WaitOptions'],
    },
    signature: 'poll(runId: string, params: { thread_id: string }, options?: WaitOptions): Promise<RunObject>',
    body: 'return endedJob(pollRun(this.#client, params.thread_id, runId, options));',
    doc: 'Waits until a run stops (`pollRun` from `@org/assistants`).',
  },
  {
    path: 'beta.threads.runs.submitToolOutputsAndPoll',
    imports: {
      '../ended-job.js': ['endedJob'],
      '@org/assistants': ['submitToolOutputsAndPoll', 'type RunObject', 'type SubmitToolOutputsRunRequest'],
      [core]: ['type WaitOptions'],
    },
    signature: [
      'submitToolOutputsAndPoll(',
      '  runId: string,',
      '  { thread_id, ...body }: SubmitToolOutputsRunRequest & { thread_id: string; stream?: false | null },',
      '  options?: WaitOptions,',
      '): Promise<RunObject>',
    ].join('\n'),
    body: 'return endedJob(submitToolOutputsAndPoll(this.#client, thread_id, runId, body, options));',
    doc: 'Sends tool outputs and waits until the run stops again (`submitToolOutputsAndPoll` from `@org/assistants`).',
  },
  {
    path: 'beta.threads.runs.submitToolOutputsStream',
    imports: {
      '../official-run-stream.js': ['officialSubmitToolOutputsStream', 'type OfficialRunStream'],
      '@org/assistants': ['type SubmitToolOutputsRunRequest'],
      [core]: ['type RequestOptions'],
    },
    signature: [
      'submitToolOutputsStream(',
      '  runId: string,',
      '  { thread_id, ...body }: SubmitToolOutputsRunRequest & { thread_id: string; stream?: true },',
      '  options?: RequestOptions,',
      '): OfficialRunStream',
    ].join('\n'),
    body: 'return officialSubmitToolOutputsStream(this.#client, thread_id, runId, body, options);',
    doc: 'Sends tool outputs and streams what the run does next as a `RunStream` (`submitToolOutputsStream` from `@org/assistants`) with `on()`.',
  },
];
