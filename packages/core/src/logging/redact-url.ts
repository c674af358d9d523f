import { isSecretName } from './is-secret-name.js';

/** `url` safe to log: the values of credential-bearing query parameters (`api-key`, `sig`, `access_token`) as `***`. */
export function redactURL(url: string, extra?: readonly string[]): string {
  const start = url.indexOf('?');
  if (start === -1) return url;
  const pairs = url
    .slice(start + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      return equals !== -1 && isSecretName(pair.slice(0, equals), extra) ? `${pair.slice(0, equals)}=***` : pair;
    });
  return `${url.slice(0, start + 1)}${pairs.join('&')}`;
}
