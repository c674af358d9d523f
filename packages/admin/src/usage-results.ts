import type {
  CostsResult,
  ListAudioSpeechesUsageQuery,
  ListAudioTranscriptionsUsageQuery,
  ListCodeInterpreterSessionsUsageQuery,
  ListCompletionsUsageQuery,
  ListCostsQuery,
  ListEmbeddingsUsageQuery,
  ListFileSearchCallsUsageQuery,
  ListImagesUsageQuery,
  ListModerationsUsageQuery,
  ListVectorStoresUsageQuery,
  ListWebSearchCallsUsageQuery,
  UsageAudioSpeechesResult,
  UsageAudioTranscriptionsResult,
  UsageCodeInterpreterSessionsResult,
  UsageCompletionsResult,
  UsageEmbeddingsResult,
  UsageFileSearchCallsResult,
  UsageImagesResult,
  UsageModerationsResult,
  UsageVectorStoresResult,
  UsageWebSearchCallsResult,
} from './generated/types.js';

/** The result each usage list puts in its buckets, by the official method name (`admin.organization.usage.<kind>`). */
export interface UsageResults {
  completions: UsageCompletionsResult;
  embeddings: UsageEmbeddingsResult;
  moderations: UsageModerationsResult;
  images: UsageImagesResult;
  audioSpeeches: UsageAudioSpeechesResult;
  audioTranscriptions: UsageAudioTranscriptionsResult;
  vectorStores: UsageVectorStoresResult;
  codeInterpreterSessions: UsageCodeInterpreterSessionsResult;
  fileSearchCalls: UsageFileSearchCallsResult;
  webSearchCalls: UsageWebSearchCallsResult;
  costs: CostsResult;
}

/** The query each usage list takes, as generated. */
export interface UsageQueries {
  completions: ListCompletionsUsageQuery;
  embeddings: ListEmbeddingsUsageQuery;
  moderations: ListModerationsUsageQuery;
  images: ListImagesUsageQuery;
  audioSpeeches: ListAudioSpeechesUsageQuery;
  audioTranscriptions: ListAudioTranscriptionsUsageQuery;
  vectorStores: ListVectorStoresUsageQuery;
  codeInterpreterSessions: ListCodeInterpreterSessionsUsageQuery;
  fileSearchCalls: ListFileSearchCallsUsageQuery;
  webSearchCalls: ListWebSearchCallsUsageQuery;
  costs: ListCostsQuery;
}

/** A usage list: one of the ten usage endpoints, or `costs`. */
export type UsageKind = keyof UsageResults;

/** What a usage list's results can be grouped by (`group_by`): each also names the result field that tells the group. */
export type UsageGroupField<K extends UsageKind> = NonNullable<UsageQueries[K]['group_by']>[number] &
  keyof UsageResults[K];
