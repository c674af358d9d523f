// Runs one example on its own: against the OpenAI API when OPENAI_API_KEY is set (OPENAI_ADMIN_KEY for an example that
// exports `usesAdminKey`), otherwise against a local server from @org/testing that answers with the example's scripted
// replies.
import { createAdminClient } from '@org/admin';
import { createClient } from '@org/core';
import { startTestServer } from '@org/testing';

export async function runStandalone({ run, scriptReplies, usesAdminKey = false }) {
  const live = Boolean(process.env[usesAdminKey ? 'OPENAI_ADMIN_KEY' : 'OPENAI_API_KEY']);
  const server = live ? undefined : await startTestServer();
  if (server) {
    scriptReplies(server);
    console.log(
      `No ${usesAdminKey ? 'OPENAI_ADMIN_KEY' : 'OPENAI_API_KEY'}: using a local server at ${server.baseURL}.\n`,
    );
  }
  const create = usesAdminKey ? createAdminClient : createClient;
  const client = create(live ? {} : { apiKey: 'sk-local-example', baseURL: server.baseURL });
  try {
    await run({ client, log: console.log, model: process.env.OPENAI_MODEL, live });
  } finally {
    await server?.close();
  }
}
