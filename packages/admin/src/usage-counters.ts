import type { UsageKind, UsageResults } from './usage-results.js';

/** The fields of a result that hold a count. */
export type CounterField<R> = { [F in keyof R]-?: NonNullable<R[F]> extends number ? F : never }[keyof R];

/** The usage lists that count things (every one but `costs`, which has amounts). */
export type UsageCounterKind = Exclude<UsageKind, 'costs'>;

/**
 * Every count each usage result can carry, so that a total has each of them (0 when no result carried it). A test
 * checks that it names every numeric field of the generated result types.
 */
export const usageCounters = {
  completions: [
    'input_tokens',
    'input_cached_tokens',
    'input_cache_write_tokens',
    'input_uncached_tokens',
    'input_text_tokens',
    'input_cached_text_tokens',
    'input_audio_tokens',
    'input_cached_audio_tokens',
    'input_image_tokens',
    'input_cached_image_tokens',
    'output_tokens',
    'output_text_tokens',
    'output_audio_tokens',
    'output_image_tokens',
    'num_model_requests',
  ],
  embeddings: ['input_tokens', 'num_model_requests'],
  moderations: ['input_tokens', 'num_model_requests'],
  images: ['images', 'num_model_requests'],
  audioSpeeches: ['characters', 'num_model_requests'],
  audioTranscriptions: ['seconds', 'num_model_requests'],
  vectorStores: ['usage_bytes'],
  codeInterpreterSessions: ['num_sessions'],
  fileSearchCalls: ['num_requests'],
  webSearchCalls: ['num_model_requests', 'num_requests'],
} as const satisfies { readonly [K in UsageCounterKind]: readonly CounterField<UsageResults[K]>[] };

/** A usage list's counts summed: every count its results can carry. */
export type UsageTotals<K extends UsageCounterKind> = { [F in (typeof usageCounters)[K][number]]: number };
