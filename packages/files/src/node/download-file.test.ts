import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APIConnectionError, APIUserAbortError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { fileBytes, MiB, testClient } from '../test-support/uploads-api.js';
import { downloadContainerFile } from './download-container-file.js';
import { downloadFile } from './download-file.js';

const server = useTestServer();
const content = fileBytes(3 * MiB);

describe('downloadFile', () => {
  it('writes a file to a path as it arrives and resolves to the bytes written', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'download-'));
    server.on('GET', '/files/file-1/content', { body: content, chunkSize: 256 * 1024 });
    const target = join(directory, 'out.bin');
    await expect(downloadFile(testClient(server), 'file-1', target)).resolves.toBe(content.byteLength);
    expect(readFileSync(target).equals(content)).toBe(true);
    expect(readdirSync(directory)).toEqual(['out.bin']);
  });

  it('leaves no partial file and keeps an earlier one when the body breaks off', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'download-'));
    const target = join(directory, 'out.bin');
    writeFileSync(target, 'earlier');
    server.on('GET', '/files/file-1/content', { body: content, chunkSize: 256 * 1024, fault: 'close-mid-body' });
    const error = await downloadFile(testClient(server), 'file-1', target).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(readFileSync(target, 'utf8')).toBe('earlier');
    expect(readdirSync(directory)).toEqual(['out.bin']);
  });

  it('stops on abort mid-body, leaving nothing behind', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'download-'));
    const target = join(directory, 'out.bin');
    server.on('GET', '/files/file-1/content', { body: content, chunkSize: 64 * 1024, chunkDelayMs: 20 });
    const controller = new AbortController();
    const downloading = downloadFile(testClient(server), 'file-1', target, { signal: controller.signal }).catch(
      (caught: unknown) => caught,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    expect(await downloading).toBeInstanceOf(APIUserAbortError);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(directory)).toEqual([]);
    await server.waitForRequestClosed();
  });

  it('downloads a container file the same way', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'download-'));
    server.on('GET', '/containers/cntr_1/files/cfile_1/content', { body: 'print(1)\n' });
    const target = join(directory, 'main.py');
    await downloadContainerFile(testClient(server), 'cntr_1', 'cfile_1', target);
    expect(readFileSync(target, 'utf8')).toBe('print(1)\n');
  });
});
