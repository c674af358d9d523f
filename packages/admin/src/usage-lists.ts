import type { Client, PagePromise, RequestOptions } from '@org/core';
import { listAudioSpeechesUsage } from './generated/functions/list-audio-speeches-usage.js';
import { listAudioTranscriptionsUsage } from './generated/functions/list-audio-transcriptions-usage.js';
import { listCodeInterpreterSessionsUsage } from './generated/functions/list-code-interpreter-sessions-usage.js';
import { listCompletionsUsage } from './generated/functions/list-completions-usage.js';
import { listCosts } from './generated/functions/list-costs.js';
import { listEmbeddingsUsage } from './generated/functions/list-embeddings-usage.js';
import { listFileSearchCallsUsage } from './generated/functions/list-file-search-calls-usage.js';
import { listImagesUsage } from './generated/functions/list-images-usage.js';
import { listModerationsUsage } from './generated/functions/list-moderations-usage.js';
import { listVectorStoresUsage } from './generated/functions/list-vector-stores-usage.js';
import { listWebSearchCallsUsage } from './generated/functions/list-web-search-calls-usage.js';
import type { UsageTimeBucket } from './generated/types.js';
import type { UsageKind, UsageQueries } from './usage-results.js';

type UsageList<K extends UsageKind> = (
  client: Client,
  query: UsageQueries[K],
  options?: RequestOptions,
) => PagePromise<UsageTimeBucket>;

/** The generated list function of each usage kind. */
export const usageLists: { readonly [K in UsageKind]: UsageList<K> } = {
  completions: listCompletionsUsage,
  embeddings: listEmbeddingsUsage,
  moderations: listModerationsUsage,
  images: listImagesUsage,
  audioSpeeches: listAudioSpeechesUsage,
  audioTranscriptions: listAudioTranscriptionsUsage,
  vectorStores: listVectorStoresUsage,
  codeInterpreterSessions: listCodeInterpreterSessionsUsage,
  fileSearchCalls: listFileSearchCallsUsage,
  webSearchCalls: listWebSearchCallsUsage,
  costs: listCosts,
};
