/**
 * Where an SDK error keeps the kinds of its class chain (`['RateLimitError', 'APIError', 'OpenAIError']`). A
 * `Symbol.for` key is one symbol in every copy of the package and in every realm, so a check reads it anywhere.
 */
export const errorKindsKey = Symbol.for('@org/core.error-kinds');
