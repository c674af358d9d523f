import { isSecretName } from './is-secret-name.js';

/** `url` safe to log: the values of credential-bearing query parameters (`api-key`, `sig`, `access_token`) as `***`. */
export function redactURL(url: string, extra?: readonly string[]): string {
  return url.replace(/([?&])([^=&#]+)=[^&#]*/g, (pair, separator: string, name: string) =>
    isSecretName(name, extra) ? `${separator}${name}=***` : pair,
  );
}
