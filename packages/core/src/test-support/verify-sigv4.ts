import { createHash } from 'node:crypto';
import type { RecordedRequest } from '@org/testing';
import { Hash } from '@smithy/hash-node';
import { SignatureV4 } from '@smithy/signature-v4';

/**
 * What a Bedrock server checks, with the AWS SDK's own signer: the request as received (method, raw path, query and
 * the headers the client signed) signed again with the same credentials at its `x-amz-date` gives the same
 * `authorization`, and `x-amz-content-sha256` is the hash of the body that arrived.
 */
export async function verifySigV4(
  request: RecordedRequest,
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string },
  region: string,
  service: string,
): Promise<void> {
  const { headers } = request;
  const signedNames = /SignedHeaders=([^,]+)/.exec(headers.authorization ?? '')?.[1]?.split(';');
  if (!signedNames) throw new Error(`not SigV4-signed: ${headers.authorization}`);
  for (const name of ['host', 'x-amz-date', 'x-amz-content-sha256']) {
    if (!signedNames.includes(name)) throw new Error(`${name} is not signed`);
  }
  const bodyHash = createHash('sha256').update(request.body).digest('hex');
  if (headers['x-amz-content-sha256'] !== bodyHash) throw new Error('x-amz-content-sha256 is not the hash of the body');
  const stamp = headers['x-amz-date'] as string;
  const signingDate = new Date(
    `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`,
  );
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of request.query) {
    const seen = query[name];
    query[name] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  const signer = new SignatureV4({ credentials, region, service, sha256: Hash.bind(null, 'sha256') });
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: 'http:',
      hostname: '127.0.0.1',
      path: request.path,
      query,
      headers: Object.fromEntries(signedNames.map((name) => [name, headers[name] as string])),
    },
    { signingDate },
  );
  if (signed.headers.authorization !== headers.authorization) {
    throw new Error(
      `signature mismatch:\n  sent     ${headers.authorization}\n  expected ${signed.headers.authorization}`,
    );
  }
}
