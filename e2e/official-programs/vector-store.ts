// File search setup: a vector store, files uploaded to it and polled, with only the import changed.
import OpenAI, { toFile } from '@org/openai';

const client = new OpenAI();

const vectorStore = await client.vectorStores.create({ name: 'Financial Statements' });
const batch = await client.vectorStores.fileBatches.uploadAndPoll(vectorStore.id, {
  files: [await toFile(Buffer.from('Revenue grew.'), 'report.txt')],
});
console.log(batch.status);
console.log(batch.file_counts.completed);

const file = await client.vectorStores.files.uploadAndPoll(
  vectorStore.id,
  await toFile(Buffer.from('Costs fell.'), 'costs.txt'),
);
console.log(file.status);
