// Structured output: the answer comes back as an object checked against a zod schema, and typed.
// Run: node examples/chat-structured.mjs (set OPENAI_API_KEY to call the real API).
import { pathToFileURL } from 'node:url';
import { parseChatCompletion } from '@org/chat';
import { zodResponseFormat } from '@org/chat/zod';
import { RefusalError } from '@org/core';
import * as z from 'zod';
import { localCompletion } from './chat-local-replies.mjs';
import { runStandalone } from './run-standalone.mjs';

const CalendarEvent = z.object({
  name: z.string(),
  date: z.string().describe('ISO 8601 date'),
  // Strict structured outputs have no optional fields: a field that may be missing is nullable.
  location: z.string().nullable(),
  participants: z.array(z.string()),
});

/** What the local server answers when there is no API key. */
export function scriptReplies(server) {
  const event = { name: 'Science fair', date: '2025-05-16', location: null, participants: ['Alice', 'Bob'] };
  server.on('POST', '/chat/completions', { json: localCompletion({ content: JSON.stringify(event) }) });
}

export async function run({ client, log = console.log, model = 'gpt-4o-mini' }) {
  try {
    const completion = await parseChatCompletion(client, {
      model,
      messages: [
        { role: 'developer', content: 'Extract the event.' },
        { role: 'user', content: 'Alice and Bob are going to a science fair on Friday, May 16th 2025.' },
      ],
      response_format: zodResponseFormat(CalendarEvent, 'calendar_event'),
    });
    const event = completion.choices[0].message.parsed;
    log(
      `${event.name} on ${event.date} with ${event.participants.join(' and ')} (location: ${event.location ?? 'unknown'})`,
    );
    return event;
  } catch (error) {
    if (!(error instanceof RefusalError)) throw error;
    log(`The model declined: ${error.refusal}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
