// Runs one example on its own: against the OpenAI API when OPENAI_API_KEY is set, otherwise against a local
// server from @org/testing that answers with the example's scripted replies.
import { createClient } from '@org/core';
import { startTestServer } from '@org/testing';

export async function runStandalone({ run, scriptReplies }) {
  const live = Boolean(process.env.OPENAI_API_KEY);
  const server = live ? undefined : await startTestServer();
  if (server) {
    scriptReplies(server);
    console.log(`No OPENAI_API_KEY: using a local server at ${server.baseURL}.\n`);
  }
  const client = createClient(live ? {} : { apiKey: 'sk-local-example', baseURL: server.baseURL });
  try {
    await run({ client, log: console.log, model: process.env.OPENAI_MODEL });
  } finally {
    await server?.close();
  }
}
