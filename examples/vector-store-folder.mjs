// A folder of documents uploaded into a vector store, a few files at a time, then searched. A file that fails to
// upload or to be processed is reported, and the others go on.
// Run: node examples/vector-store-folder.mjs [folder] (set OPENAI_API_KEY to call the real API; without a folder, a
// few sample notes are written to a temporary one).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileFromPath } from '@org/core/node';
import {
  createVectorStore,
  deleteFile,
  deleteVectorStore,
  searchVectorStore,
  uploadVectorStoreFileBatchAndPoll,
} from '@org/files';
import { runStandalone } from './run-standalone.mjs';

const notes = {
  'launch-plan.md': '# Launch plan\n\nThe public beta launches on 3 March, after the security review signs off.\n',
  'security-review.md':
    '# Security review\n\nThe review of the upload service ends in February; two findings are open.\n',
  'team.md': '# Team\n\nAda leads the upload service. Grace owns search and the vector store pipeline.\n',
  'empty.md': '',
};

function sampleFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'vector-store-folder-'));
  for (const [name, text] of Object.entries(notes)) writeFileSync(join(folder, name), text);
  return folder;
}

/**
 * What the local server answers when there is no API key: it keeps what is uploaded, refuses an empty file as the API
 * does, and searches by counting the query's words in each file.
 */
export function scriptReplies(server) {
  const uploaded = new Map();
  server.on('POST', '/files', (request) => {
    const part = request.parts.find((candidate) => candidate.name === 'file');
    if (part.size === 0)
      return { status: 400, json: { error: { message: 'File is empty.', type: 'invalid_request_error' } } };
    const id = `file-${uploaded.size + 1}`;
    uploaded.set(id, { filename: part.filename, text: part.text() });
    return { json: { id, object: 'file', filename: part.filename, bytes: part.size, purpose: 'assistants' } };
  });
  const store = { id: 'vs_local', object: 'vector_store', name: 'Project notes', status: 'completed' };
  server.on('POST', '/vector_stores', { json: store });
  const batch = (status) => ({
    id: 'vsfb_local',
    object: 'vector_store.files_batch',
    vector_store_id: store.id,
    status,
    file_counts: { in_progress: 0, completed: uploaded.size, failed: 0, cancelled: 0, total: uploaded.size },
  });
  server.on('POST', '/vector_stores/{id}/file_batches', () => ({ json: batch('in_progress') }));
  server.on(
    'GET',
    '/vector_stores/{id}/file_batches/{batch_id}',
    () => ({ json: batch('in_progress'), headers: { 'openai-poll-after-ms': '200' } }),
    () => ({ json: batch('completed') }),
  );
  server.on('POST', '/vector_stores/{id}/search', (request) => {
    const { query, max_num_results: max = 10 } = request.json();
    const words = query.toLowerCase().match(/\w+/g) ?? [];
    const data = [...uploaded.entries()]
      .map(([fileId, { filename, text }]) => {
        const score = words.filter((word) => text.toLowerCase().includes(word)).length / words.length;
        return { file_id: fileId, filename, score, attributes: {}, content: [{ type: 'text', text }] };
      })
      .filter((result) => result.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, max);
    return {
      json: {
        object: 'vector_store.search_results.page',
        search_query: [query],
        data,
        has_more: false,
        next_page: null,
      },
    };
  });
  server.on('DELETE', '/vector_stores/{id}', { json: { id: store.id, object: 'vector_store.deleted', deleted: true } });
  server.on('DELETE', '/files/{id}', (request) => ({ json: { id: request.params.id, object: 'file', deleted: true } }));
}

export async function run({ client, log = console.log, folder = process.argv[2] }) {
  if (folder === undefined) {
    const sample = sampleFolder();
    try {
      return await run({ client, log, folder: sample });
    } finally {
      rmSync(sample, { recursive: true, force: true });
    }
  }
  const names = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile());
  // Read from disk as each is sent: the folder is never in memory.
  const files = await Promise.all(names.map((entry) => fileFromPath(join(folder, entry.name))));
  const store = await createVectorStore(client, { name: 'Project notes' });
  log(`Uploading ${files.length} files from ${folder} into ${store.id}, five at a time…`);
  const { batch, uploaded, failures } = await uploadVectorStoreFileBatchAndPoll(
    client,
    store.id,
    { files },
    { concurrency: 5, pollIntervalMs: 1_000 },
  );
  log(`Batch ${batch.id} ${batch.status}: ${batch.file_counts.completed} files ready.`);
  for (const failure of failures) log(`  not added: ${failure.name} (${failure.stage}): ${failure.error.message}`);

  const query = 'When does the public beta launch?';
  const results = await searchVectorStore(client, store.id, { query, max_num_results: 2 });
  log(`Search: "${query}"`);
  for (const result of results.data) {
    log(
      `  ${result.score.toFixed(2)} ${result.filename}: ${result.content[0]?.text.split('\n').find((line) => line && !line.startsWith('#'))}`,
    );
  }

  await deleteVectorStore(client, store.id);
  await Promise.all(uploaded.map((file) => deleteFile(client, file.fileId)));
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
