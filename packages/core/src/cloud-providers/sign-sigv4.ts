/** AWS credentials to sign with. */
export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** For temporary credentials; sent as `x-amz-security-token`. */
  sessionToken?: string | undefined;
  /** When temporary credentials run out; a credential provider refreshes them before. */
  expiration?: Date | undefined;
}

export interface SigV4Signing {
  credentials: AwsCredentials;
  region: string;
  /** `bedrock-mantle` or `bedrock`. */
  service: string;
  /** Defaults to now; tests pin it. */
  date?: Date | undefined;
}

const encoder = new TextEncoder();
// Headers a proxy or the runtime may change in transit, as the AWS SDK leaves them unsigned.
const UNSIGNED = new Set([
  'authorization',
  'cache-control',
  'connection',
  'expect',
  'from',
  'keep-alive',
  'max-forwards',
  'pragma',
  'referer',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'user-agent',
  'x-amzn-trace-id',
]);

function hex(bytes: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(bytes)) out += byte.toString(16).padStart(2, '0');
  return out;
}

async function sha256(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return hex(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

async function hmac(key: Uint8Array<ArrayBuffer> | ArrayBuffer, data: string): Promise<ArrayBuffer> {
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(data));
}

/** RFC 3986 unreserved characters kept, everything else percent-encoded, as SigV4 wants. */
function uriEscape(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The path normalized (`.` and `..` resolved, empty segments dropped) and encoded once more, for non-S3 services. */
function canonicalPath(path: string): string {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  const trailing = segments.length > 0 && path.endsWith('/') ? '/' : '';
  return uriEscape(`/${segments.join('/')}${trailing}`).replace(/%2F/g, '/');
}

/** Pairs sorted by encoded name, then a repeated name's pairs by their encoded text. */
function canonicalQuery(search: URLSearchParams): string {
  const byName = new Map<string, string[]>();
  for (const [name, value] of search) {
    const key = uriEscape(name);
    const pairs = byName.get(key) ?? [];
    pairs.push(`${key}=${uriEscape(value)}`);
    byName.set(key, pairs);
  }
  return [...byName.keys()]
    .sort()
    .map((key) => (byName.get(key) as string[]).sort().join('&'))
    .join('&');
}

/**
 * Signs a request with AWS Signature Version 4 (WebCrypto: Node, workers, browsers): sets `host`, `x-amz-date`,
 * `x-amz-content-sha256`, `x-amz-security-token` (temporary credentials) and `authorization` in `headers`
 * (lowercased names), signing every header but those a hop may change.
 */
export async function signSigV4(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: Uint8Array,
  { credentials, region, service, date = new Date() }: SigV4Signing,
): Promise<void> {
  const target = new URL(url);
  const amzDate = date.toISOString().replace(/[-:]|\.\d{3}/g, '');
  const day = amzDate.slice(0, 8);
  const scope = `${day}/${region}/${service}/aws4_request`;
  for (const name of ['authorization', 'date', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256']) {
    delete headers[name];
  }
  headers.host = target.host;
  headers['x-amz-date'] = amzDate;
  if (credentials.sessionToken) headers['x-amz-security-token'] = credentials.sessionToken;
  const payloadHash = await sha256(body);
  headers['x-amz-content-sha256'] = payloadHash;

  const names = Object.keys(headers)
    .filter((name) => !UNSIGNED.has(name) && !/^(proxy|sec)-/.test(name))
    .sort();
  const canonicalHeaders = names
    .map(
      (name) =>
        `${name}:${(headers[name] as string)
          .replace(/[\r\n]/g, ' ')
          .replace(/[ \t]+/g, ' ')
          .replace(/^ | $/g, '')}\n`,
    )
    .join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    method.toUpperCase(),
    canonicalPath(target.pathname),
    canonicalQuery(target.searchParams),
    canonicalHeaders,
    signedHeaders,
    payloadHash,
  ].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, await sha256(canonicalRequest)].join('\n');

  let key: ArrayBuffer | Uint8Array<ArrayBuffer> = encoder.encode(`AWS4${credentials.secretAccessKey}`);
  for (const part of [day, region, service, 'aws4_request']) key = await hmac(key, part);
  const signature = hex(await hmac(key, stringToSign));
  headers.authorization =
    `AWS4-HMAC-SHA256 Credential=${credentials.accessKeyId}/${scope}, ` +
    `SignedHeaders=${signedHeaders}, Signature=${signature}`;
}
