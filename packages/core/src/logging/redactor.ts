import { headerSecrets } from './redact-headers.js';

/**
 * Scrubs the credentials in `headers` from text a server sends back, in case it echoes them. They are looked for only
 * when there is such text, an error, so a call that succeeds never pays for it.
 */
export function redactor(headers: Record<string, string>): (text: string) => string {
  let secrets: string[] | undefined;
  return (text) => {
    secrets ??= headerSecrets(headers);
    return secrets.reduce((scrubbed, secret) => scrubbed.replaceAll(secret, '[redacted]'), text);
  };
}
