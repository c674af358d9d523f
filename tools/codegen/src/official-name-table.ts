/**
 * The official `openai` package's names for the commonly used types, as aliases of the spec's. Each package exports
 * the aliases of its entry (`src/generated/official-names.ts`), so a user of `@org/chat` finds `ChatCompletion`; the
 * umbrella puts them under the official namespaces (`OpenAI.Chat.ChatCompletion`, `OpenAI.ChatCompletion`).
 *
 * `names` maps an official name to a type expression over the package's generated types; a name the spec already
 * uses for the same thing is listed with itself and only reaches the umbrella's namespaces. `namespaces` are where
 * the umbrella puts them: dotted paths below `OpenAI`, `''` for `OpenAI` itself.
 */
export interface OfficialNames {
  package: string;
  namespaces: readonly string[];
  names: Readonly<Record<string, string>>;
}

export const officialNameTable: readonly OfficialNames[] = [
  {
    package: 'chat',
    namespaces: ['', 'Chat', 'Chat.Completions'],
    names: {
      ChatCompletion: 'CreateChatCompletionResponse',
      ChatCompletionChunk: 'CreateChatCompletionStreamResponse',
      ChatCompletionMessage: 'ChatCompletionResponseMessage',
      ChatCompletionMessageParam: 'ChatCompletionRequestMessage',
      ChatCompletionSystemMessageParam: 'ChatCompletionRequestSystemMessage',
      ChatCompletionDeveloperMessageParam: 'ChatCompletionRequestDeveloperMessage',
      ChatCompletionUserMessageParam: 'ChatCompletionRequestUserMessage',
      ChatCompletionAssistantMessageParam: 'ChatCompletionRequestAssistantMessage',
      ChatCompletionToolMessageParam: 'ChatCompletionRequestToolMessage',
      ChatCompletionFunctionMessageParam: 'ChatCompletionRequestFunctionMessage',
      ChatCompletionContentPartText: 'ChatCompletionRequestMessageContentPartText',
      ChatCompletionContentPartImage: 'ChatCompletionRequestMessageContentPartImage',
      ChatCompletionContentPartInputAudio: 'ChatCompletionRequestMessageContentPartAudio',
      ChatCompletionContentPartRefusal: 'ChatCompletionRequestMessageContentPartRefusal',
      ChatCompletionContentPart: 'ChatCompletionRequestUserMessageContentPart',
      ChatCompletionRole: "ChatCompletionResponseMessage['role'] | 'system' | 'developer' | 'user' | 'tool'",
      ChatCompletionCreateParams: 'CreateChatCompletionRequest',
      ChatCompletionCreateParamsNonStreaming: 'CreateChatCompletionRequest & { stream?: false | null }',
      ChatCompletionCreateParamsStreaming: 'CreateChatCompletionRequest & { stream: true }',
      ChatCompletionUpdateParams: 'UpdateChatCompletionBody',
      ChatCompletionListParams: 'ListChatCompletionsQuery',
      ChatCompletionTool: 'ChatCompletionTool',
      ChatCompletionToolChoiceOption: 'ChatCompletionToolChoiceOption',
      ChatCompletionMessageToolCall: 'ChatCompletionMessageToolCall',
      ChatCompletionNamedToolChoice: 'ChatCompletionNamedToolChoice',
      ChatCompletionTokenLogprob: 'ChatCompletionTokenLogprob',
      ChatCompletionStreamOptions: 'ChatCompletionStreamOptions',
      ChatCompletionDeleted: 'ChatCompletionDeleted',
      CompletionUsage: 'CompletionUsage',
    },
  },
  {
    package: 'chat',
    namespaces: ['', 'Completions'],
    names: {
      Completion: 'CreateCompletionResponse',
      CompletionCreateParams: 'CreateCompletionRequest',
      CompletionCreateParamsNonStreaming: 'CreateCompletionRequest & { stream?: false | null }',
      CompletionCreateParamsStreaming: 'CreateCompletionRequest & { stream: true }',
    },
  },
  {
    package: 'responses',
    namespaces: ['Responses'],
    names: {
      Response: 'Response',
      ResponseStreamEvent: 'ResponseStreamEvent',
      ResponseCreateParams: 'CreateResponse',
      ResponseCreateParamsNonStreaming: 'CreateResponse & { stream?: false | null }',
      ResponseCreateParamsStreaming: 'CreateResponse & { stream: true }',
      ResponseInput: 'InputParam',
      ResponseInputItem: 'InputItem',
      ResponseOutputItem: 'OutputItem',
      ResponseOutputMessage: 'OutputMessage',
      ResponseOutputText: 'OutputTextContent',
      ResponseInputText: 'InputTextContent',
      ResponseFunctionToolCall: 'FunctionToolCall',
      ResponseUsage: 'ResponseUsage',
      ResponseTextDeltaEvent: 'ResponseTextDeltaEvent',
      ResponseCompletedEvent: 'ResponseCompletedEvent',
      ResponseCreatedEvent: 'ResponseCreatedEvent',
      ResponseErrorEvent: 'ResponseErrorEvent',
      EasyInputMessage: 'EasyInputMessage',
      FunctionTool: 'FunctionTool',
      Tool: 'Tool',
      ToolChoiceOptions: 'ToolChoiceOptions',
    },
  },
  {
    package: 'embeddings',
    namespaces: ['', 'Embeddings'],
    names: {
      CreateEmbeddingResponse: 'CreateEmbeddingResponse',
      Embedding: 'Embedding',
      EmbeddingCreateParams: 'CreateEmbeddingRequest',
    },
  },
  {
    package: 'files',
    namespaces: ['', 'Files'],
    names: {
      FileObject: 'OpenAIFile',
      FileDeleted: 'DeleteFileResponse',
      FilePurpose: "CreateFileRequest['purpose']",
      FileCreateParams: 'CreateFileRequest',
      FileListParams: 'ListFilesQuery',
    },
  },
  {
    package: 'files',
    namespaces: ['', 'VectorStores'],
    names: {
      VectorStore: 'VectorStoreObject',
      VectorStoreDeleted: 'DeleteVectorStoreResponse',
      VectorStoreCreateParams: 'CreateVectorStoreRequest',
      VectorStoreUpdateParams: 'UpdateVectorStoreRequest',
      VectorStoreListParams: 'ListVectorStoresQuery',
      VectorStoreSearchParams: 'VectorStoreSearchRequest',
    },
  },
  {
    package: 'files',
    namespaces: ['VectorStores', 'VectorStores.Files', 'VectorStores.FileBatches'],
    names: {
      VectorStoreFile: 'VectorStoreFileObject',
      VectorStoreFileDeleted: 'DeleteVectorStoreFileResponse',
      VectorStoreFileBatch: 'VectorStoreFileBatchObject',
    },
  },
  {
    package: 'files',
    namespaces: ['', 'Uploads'],
    names: {
      Upload: 'Upload',
      UploadCreateParams: 'CreateUploadRequest',
      UploadCompleteParams: 'CompleteUploadRequest',
    },
  },
  {
    package: 'images',
    namespaces: ['', 'Images'],
    names: {
      Image: 'Image',
      ImagesResponse: 'ImagesResponse',
      ImageGenerateParams: 'CreateImageRequest',
      ImageEditParams: 'CreateImageEditRequest',
      ImageCreateVariationParams: 'CreateImageVariationRequest',
      ImageGenStreamEvent: 'ImageGenStreamEvent',
      ImageEditStreamEvent: 'ImageEditStreamEvent',
    },
  },
  {
    package: 'audio',
    namespaces: ['Audio', 'Audio.Transcriptions'],
    names: {
      Transcription: 'CreateTranscriptionResponseJson',
      TranscriptionVerbose: 'CreateTranscriptionResponseVerboseJson',
      TranscriptionCreateParams: 'CreateTranscriptionRequest',
      TranscriptionStreamEvent: 'CreateTranscriptionResponseStreamEvent',
    },
  },
  {
    package: 'audio',
    namespaces: ['Audio', 'Audio.Translations'],
    names: { Translation: 'CreateTranslationResponseJson', TranslationCreateParams: 'CreateTranslationRequest' },
  },
  {
    package: 'audio',
    namespaces: ['Audio', 'Audio.Speech'],
    names: { SpeechCreateParams: 'CreateSpeechRequest' },
  },
  {
    package: 'audio',
    namespaces: ['', 'Audio'],
    names: { AudioResponseFormat: 'AudioResponseFormat' },
  },
  {
    package: 'models',
    namespaces: ['', 'Models'],
    names: { Model: 'Model', ModelDeleted: 'DeleteModelResponse' },
  },
  {
    package: 'moderations',
    namespaces: ['', 'Moderations'],
    names: {
      Moderation: "CreateModerationResponse['results'][number]",
      ModerationCreateResponse: 'CreateModerationResponse',
      ModerationCreateParams: 'CreateModerationRequest',
    },
  },
  {
    package: 'batches',
    namespaces: ['', 'Batches'],
    names: {
      Batch: 'Batch',
      BatchError: 'BatchError',
      BatchRequestCounts: 'BatchRequestCounts',
      BatchCreateParams: 'CreateBatchRequest',
      BatchListParams: 'ListBatchesQuery',
    },
  },
  {
    package: 'assistants',
    namespaces: ['Beta', 'Beta.Assistants'],
    names: {
      Assistant: 'AssistantObject',
      AssistantDeleted: 'DeleteAssistantResponse',
      AssistantCreateParams: 'CreateAssistantRequest',
      AssistantUpdateParams: 'ModifyAssistantRequest',
      AssistantStreamEvent: 'AssistantStreamEvent',
    },
  },
  {
    package: 'assistants',
    namespaces: ['Beta.Threads'],
    names: {
      Thread: 'ThreadObject',
      ThreadDeleted: 'DeleteThreadResponse',
      ThreadCreateParams: 'CreateThreadRequest',
      ThreadUpdateParams: 'ModifyThreadRequest',
      ThreadCreateAndRunParams: 'CreateThreadAndRunRequest',
    },
  },
  {
    package: 'assistants',
    namespaces: ['Beta.Threads', 'Beta.Threads.Runs'],
    names: {
      Run: 'RunObject',
      RunStatus: "RunObject['status']",
      RunCreateParams: 'CreateRunRequest',
      RunUpdateParams: 'ModifyRunRequest',
      RunSubmitToolOutputsParams: 'SubmitToolOutputsRunRequest',
      RequiredActionFunctionToolCall: 'RunToolCallObject',
    },
  },
  {
    package: 'assistants',
    namespaces: ['Beta.Threads', 'Beta.Threads.Messages'],
    names: {
      Message: 'MessageObject',
      MessageDeleted: 'DeleteMessageResponse',
      MessageCreateParams: 'CreateMessageRequest',
      MessageUpdateParams: 'ModifyMessageRequest',
      MessageDelta: "MessageDeltaObject['delta']",
      TextContentBlock: 'MessageContentTextObject',
    },
  },
  {
    package: 'assistants',
    namespaces: ['Beta.Threads.Runs', 'Beta.Threads.Runs.Steps'],
    names: { RunStep: 'RunStepObject' },
  },
];
