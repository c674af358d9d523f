// Generate an image and save it: the API's base64 decoded straight to a file (or a URL downloaded as it arrives).
// Run: node examples/image-generate-and-save.mjs (set OPENAI_API_KEY to call the real API).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateImage } from '@org/images';
import { saveImages } from '@org/images/node';
import { runStandalone } from './run-standalone.mjs';

// A 1×1 PNG: what the local server draws.
const pixel = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** What the local server answers when there is no API key. */
export function scriptReplies(server) {
  server.on('POST', '/images/generations', {
    json: { created: 1_765_000_000, output_format: 'png', data: [{ b64_json: pixel, revised_prompt: 'A lighthouse' }] },
  });
}

export async function run({ client, log = console.log }) {
  const result = await generateImage(client, {
    model: 'gpt-image-1',
    prompt: 'A lighthouse at dawn, in watercolour',
    size: '1024x1024',
    quality: 'low',
  });
  const directory = mkdtempSync(join(tmpdir(), 'image-example-'));
  const paths = await saveImages(result, directory, { name: 'lighthouse' });
  log(`Saved ${paths.join(', ')}`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
