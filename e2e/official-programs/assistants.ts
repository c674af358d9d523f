// The Assistants quickstart: create, add a message, run and poll, read the messages; only the import changed.
import OpenAI from '@org/openai';

const openai = new OpenAI();

const assistant = await openai.beta.assistants.create({
  name: 'Math Tutor',
  instructions: 'You are a personal math tutor.',
  model: 'gpt-4o',
});
const thread = await openai.beta.threads.create();
await openai.beta.threads.messages.create(thread.id, { role: 'user', content: 'Solve 3x + 11 = 14.' });

const run = await openai.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id });
if (run.status === 'completed') {
  const messages = await openai.beta.threads.messages.list(run.thread_id);
  for (const message of messages.data.reverse()) {
    const content = message.content[0];
    if (content?.type === 'text') console.log(`${message.role} > ${content.text.value}`);
  }
} else {
  console.log(run.status);
}
