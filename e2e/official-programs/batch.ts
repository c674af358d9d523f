// A Batch API job, with only the import changed.
import OpenAI, { toFile } from '@org/openai';

const client = new OpenAI();

const line = {
  custom_id: 'request-1',
  method: 'POST',
  url: '/v1/chat/completions',
  body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hello world!' }] },
};
const inputFile = await client.files.create({
  file: await toFile(Buffer.from(`${JSON.stringify(line)}\n`), 'batch.jsonl'),
  purpose: 'batch',
});
const batch = await client.batches.create({
  input_file_id: inputFile.id,
  endpoint: '/v1/chat/completions',
  completion_window: '24h',
});
const finished: OpenAI.Batch = await client.batches.retrieve(batch.id);
console.log(finished.status);
if (finished.output_file_id) {
  const content = await client.files.content(finished.output_file_id);
  console.log((await content.text()).trim());
}
