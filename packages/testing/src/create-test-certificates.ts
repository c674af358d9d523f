import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A certificate and its private key, PEM. */
export interface TestKeyPair {
  cert: string;
  key: string;
}

/** Throwaway certificates for a test of mutual TLS, valid for a day from when they were made. */
export interface TestCertificates {
  /** The authority that signed `server` and `client`: what each side trusts of the other. */
  ca: string;
  /** The server's, for `127.0.0.1` and `localhost`: pass it as `startTestServer({ tls: { ...server, ca } })`. */
  server: TestKeyPair;
  /** A client's, `CN=test-workload`, signed by `ca`. */
  client: TestKeyPair;
  /** A client's, `CN=stranger`, signed by another authority: a server trusting only `ca` refuses it. */
  stranger: TestKeyPair;
}

/**
 * Makes a fresh certificate authority, a server certificate and two client certificates (one signed by another
 * authority) with the `openssl` command, in a temporary directory removed before it resolves: no key is ever kept on
 * disk, so none can be committed. P-256 keys, made in well under a second. Needs `openssl` on the PATH (Debian:
 * `apt-get install openssl`).
 */
export async function createTestCertificates(): Promise<TestCertificates> {
  const dir = await mkdtemp(join(tmpdir(), 'test-certificates-'));
  const file = (name: string) => join(dir, name);
  try {
    await authority(dir, 'ca', 'Test CA');
    await authority(dir, 'other-ca', 'Other CA');
    await writeFile(file('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
    await writeFile(file('client.ext'), 'extendedKeyUsage=clientAuth\n');
    await signed(dir, 'server', 'localhost', 'ca');
    await signed(dir, 'client', 'test-workload', 'ca');
    await signed(dir, 'stranger', 'stranger', 'other-ca', 'client.ext');
    const pair = async (name: string): Promise<TestKeyPair> => ({
      cert: await readFile(file(`${name}.pem`), 'utf8'),
      key: await readFile(file(`${name}.key`), 'utf8'),
    });
    return {
      ca: await readFile(file('ca.pem'), 'utf8'),
      server: await pair('server'),
      client: await pair('client'),
      stranger: await pair('stranger'),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const P256 = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function authority(dir: string, name: string, commonName: string): Promise<void> {
  return openssl(dir, [
    'req',
    '-x509',
    ...P256,
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.pem`,
    '-days',
    '1',
    '-subj',
    `/CN=${commonName}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
}

async function signed(dir: string, name: string, commonName: string, ca: string, ext = `${name}.ext`): Promise<void> {
  await openssl(dir, ['req', ...P256, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${commonName}`]);
  await openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    '-CA',
    `${ca}.pem`,
    '-CAkey',
    `${ca}.key`,
    '-CAcreateserial',
    '-out',
    `${name}.pem`,
    '-days',
    '1',
    '-extfile',
    ext,
  ]);
}

function openssl(cwd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('openssl', args, { cwd }, (error, _stdout, stderr) => {
      if (!error) return resolve();
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      reject(
        new Error(
          missing
            ? 'createTestCertificates needs the openssl command; install it (Debian: apt-get install openssl)'
            : `openssl ${args[0]} failed: ${stderr.trim()}`,
          { cause: error },
        ),
      );
    });
  });
}
