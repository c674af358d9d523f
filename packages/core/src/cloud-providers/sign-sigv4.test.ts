import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { type AwsCredentials, signSigV4 } from './sign-sigv4.js';

const date = new Date('2026-12-07T14:03:09.123Z');
const credentials: AwsCredentials = {
  accessKeyId: 'AKIDEXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
};
const withSession: AwsCredentials = { ...credentials, sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE//session+token=' };

/** What the AWS SDK's own signer makes of the same request, headers and all. */
async function referenceSignature(
  method: string,
  url: string,
  headers: Record<string, string>,
  body: Uint8Array,
  creds: AwsCredentials,
  region: string,
  service: string,
): Promise<Record<string, string>> {
  const target = new URL(url);
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of target.searchParams) {
    const seen = query[name];
    query[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  const signer = new SignatureV4({ credentials: creds, region, service, sha256: Hash.bind(null, 'sha256') });
  const signed = await signer.sign(
    {
      method,
      protocol: target.protocol,
      hostname: target.hostname,
      ...(target.port ? { port: Number(target.port) } : {}),
      path: target.pathname,
      query,
      headers: { ...headers, host: target.host },
      ...(body.length ? { body } : {}),
    },
    { signingDate: date },
  );
  return signed.headers as Record<string, string>;
}

const json = new TextEncoder().encode(JSON.stringify({ model: 'openai.gpt-5.4', input: 'Say hello! ✓' }));
const binary = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
const cases: Array<[string, string, string, Record<string, string>, Uint8Array, AwsCredentials, string]> = [
  [
    'a JSON body',
    'POST',
    'https://bedrock-mantle.us-west-2.api.aws/openai/v1/responses',
    { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': 'stainless-1' },
    json,
    credentials,
    'bedrock-mantle',
  ],
  [
    'an empty GET body',
    'GET',
    'https://bedrock-mantle.us-west-2.api.aws/openai/v1/models',
    { accept: 'application/json' },
    new Uint8Array(0),
    credentials,
    'bedrock-mantle',
  ],
  [
    'a binary body',
    'POST',
    'https://bedrock-runtime.us-west-2.amazonaws.com/openai/v1/files',
    { 'content-type': 'application/octet-stream' },
    binary,
    credentials,
    'bedrock',
  ],
  [
    'a session token',
    'POST',
    'https://bedrock-mantle.us-west-2.api.aws/openai/v1/responses',
    { 'content-type': 'application/json' },
    json,
    withSession,
    'bedrock-mantle',
  ],
  [
    'a query with repeated, unicode and reserved characters',
    'GET',
    'https://bedrock-mantle.us-west-2.api.aws/openai/v1/responses/resp_1/input_items?b=2&a=z&a=%C3%A9t%C3%A9&include[]=x&include[]=a&q=%21%27%28%29%2A+%20~._-&empty=&sp=a%2Bb',
    { accept: 'application/json' },
    new Uint8Array(0),
    credentials,
    'bedrock-mantle',
  ],
  [
    'a path with encoded and dot segments',
    'DELETE',
    'http://127.0.0.1:8080/v1/./files/file%20one/../file-%C3%A9//x/',
    { 'x-custom': '  two   spaces\there ', 'user-agent': 'not signed' },
    new Uint8Array(0),
    credentials,
    'bedrock-mantle',
  ],
];

describe('signSigV4', () => {
  it.each(cases)('signs %s exactly as the AWS SDK does', async (_, method, url, headers, body, creds, service) => {
    const ours = { ...headers };
    await signSigV4(method, url, ours, body, { credentials: creds, region: 'us-west-2', service, date });
    const theirs = await referenceSignature(method, url, headers, body, creds, 'us-west-2', service);
    expect(ours.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/20261207\/us-west-2\//);
    expect(ours.authorization).toBe(theirs.authorization);
    expect(ours['x-amz-date']).toBe('20261207T140309Z');
    expect(ours['x-amz-content-sha256']).toBe(theirs['x-amz-content-sha256']);
    expect(ours['x-amz-security-token']).toBe(creds.sessionToken);
  });

  it('replaces a signature, date and token already there rather than signing them', async () => {
    const headers = {
      authorization: 'old',
      'x-amz-date': '1',
      'x-amz-security-token': 'stale',
      'x-amz-content-sha256': 'x',
      date: 'Mon',
    };
    await signSigV4('GET', 'https://bedrock-mantle.us-west-2.api.aws/openai/v1/models', headers, new Uint8Array(0), {
      credentials,
      region: 'us-west-2',
      service: 'bedrock-mantle',
      date,
    });
    const theirs = await referenceSignature(
      'GET',
      'https://bedrock-mantle.us-west-2.api.aws/openai/v1/models',
      {},
      new Uint8Array(0),
      credentials,
      'us-west-2',
      'bedrock-mantle',
    );
    expect(headers.authorization).toBe(theirs.authorization);
    expect(headers).not.toHaveProperty('date');
    expect(headers).not.toHaveProperty('x-amz-security-token');
  });
});
