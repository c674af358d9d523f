import type { CredentialClosedError } from '../workload-identity/credential-closed-error.js';
import type { InvalidTokenReplyError } from '../workload-identity/invalid-token-reply-error.js';
import type { OAuthError } from '../workload-identity/oauth-error.js';
import type { SubjectTokenProviderError } from '../workload-identity/subject-token-provider-error.js';
import type {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './api-error.js';
import type { ConfigError } from './config-error.js';
import type { APIConnectionError, APITimeoutError, APIUserAbortError } from './connection-errors.js';
import type { InvalidInputError } from './invalid-input-error.js';
import type { InvalidResponseError } from './invalid-response-error.js';
import type { JobFailedError, JobTimeoutError } from './job-errors.js';
import type { MissingDependencyError } from './missing-dependency-error.js';
import type { OpenAIError } from './openai-error.js';
import type { OutputParseError, RefusalError, TruncatedOutputError } from './output-errors.js';
import type { PaginationLoopError } from './pagination-loop-error.js';
import type { StreamError } from './stream-error.js';
import type { StreamTruncatedError } from './stream-truncated-error.js';

/**
 * Each error kind `isErrorKind` knows, with the error it narrows to. A package that declares an error class adds its
 * kind here by augmenting this interface (`declare module '@org/core' { interface ErrorKindMap { … } }`).
 */
export interface ErrorKindMap {
  OpenAIError: OpenAIError;
  ConfigError: ConfigError;
  InvalidInputError: InvalidInputError;
  InvalidResponseError: InvalidResponseError;
  MissingDependencyError: MissingDependencyError;
  APIError: APIError;
  BadRequestError: BadRequestError;
  AuthenticationError: AuthenticationError;
  PermissionDeniedError: PermissionDeniedError;
  NotFoundError: NotFoundError;
  ConflictError: ConflictError;
  UnprocessableEntityError: UnprocessableEntityError;
  RateLimitError: RateLimitError;
  InternalServerError: InternalServerError;
  APIConnectionError: APIConnectionError;
  APITimeoutError: APITimeoutError;
  APIUserAbortError: APIUserAbortError;
  StreamError: StreamError;
  StreamTruncatedError: StreamTruncatedError;
  JobFailedError: JobFailedError;
  JobTimeoutError: JobTimeoutError;
  PaginationLoopError: PaginationLoopError;
  RefusalError: RefusalError;
  TruncatedOutputError: TruncatedOutputError;
  OutputParseError: OutputParseError;
  OAuthError: OAuthError;
  SubjectTokenProviderError: SubjectTokenProviderError;
  InvalidTokenReplyError: InvalidTokenReplyError;
  CredentialClosedError: CredentialClosedError;
}
