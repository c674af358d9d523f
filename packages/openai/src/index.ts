// What `import { … } from 'openai'` commonly takes, so a migration changes only the package name.
export {
  APIConnectionError,
  APIError,
  APITimeoutError as APIConnectionTimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  getResponseMeta,
  InternalServerError,
  NotFoundError,
  OpenAIError,
  PermissionDeniedError,
  RateLimitError,
  toFile,
  toFile as toStreamingFile,
  UnprocessableEntityError,
} from '@org/core';
export { OAuthError, SubjectTokenProviderError } from '@org/core/workload-identity';
export { InvalidWebhookSignatureError } from '@org/webhooks';
export { AzureOpenAI, type AzureOpenAIOptions } from './azure-openai.js';
export type { DataResidency } from './data-residency.js';
export { OpenAI, OpenAI as default, OpenAIBeta } from './generated/index.js';
export type { OpenAIOptions } from './openai-options.js';
