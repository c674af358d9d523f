// Structured output: a zod schema becomes a strict JSON schema for the model, and its answer comes back parsed, typed
// and validated. Refusals, cut-off output and output that does not match are each their own error.
// Run: node examples/responses-structured.mjs (set OPENAI_API_KEY to call the real API).
import { pathToFileURL } from 'node:url';
import { OutputParseError, RefusalError, TruncatedOutputError } from '@org/core';
import { parsedResponseStream, parseResponse } from '@org/responses';
import { zodTextFormat } from '@org/responses/zod';
import { z } from 'zod';
import { localResponse, outputMessage, sseReply, textEvents } from './responses-local-replies.mjs';
import { runStandalone } from './run-standalone.mjs';

const CalendarEvent = z.object({
  name: z.string(),
  date: z.string(),
  participants: z.array(z.string()),
  location: z.string().nullable(), // strict mode has no optional fields: nullable instead
});

const event = { name: 'Science fair', date: 'Friday', participants: ['Alice', 'Bob'], location: null };

/** What the local server answers when there is no API key. */
export function scriptReplies(server) {
  server.on('POST', '/responses', (request) => {
    const json = JSON.stringify(event);
    if (!request.json().stream) return { json: localResponse({ output: [outputMessage(json)] }) };
    return sseReply(textEvents(json.match(/.{1,12}/g)));
  });
}

export async function run({ client, log = console.log, model = 'gpt-4o-mini' }) {
  const body = {
    model,
    input: [
      { role: 'system', content: 'Extract the event information.' },
      { role: 'user', content: 'Alice and Bob are going to a science fair on Friday.' },
    ],
    text: { format: zodTextFormat(CalendarEvent, 'calendar_event') },
  };

  try {
    const response = await parseResponse(client, body);
    // outputParsed is typed from the schema: { name: string; date: string; participants: string[]; location: … }
    log(`parsed: ${JSON.stringify(response.outputParsed)}`);
  } catch (error) {
    if (error instanceof RefusalError) log(`the model refused: ${error.refusal}`);
    else if (error instanceof TruncatedOutputError) log(`the answer was cut off: ${error.reason}`);
    else if (error instanceof OutputParseError) log(`not the promised shape: ${error.message}`);
    else throw error;
  }

  const stream = parsedResponseStream(client, body);
  let deltas = 0;
  for await (const streamed of stream) if (streamed.type === 'response.output_text.delta') deltas++;
  const { outputParsed } = await stream.finalParsedResponse();
  log(`streamed in ${deltas} deltas, parsed: ${outputParsed.participants.join(' & ')} on ${outputParsed.date}`);
  return outputParsed;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await runStandalone({ run, scriptReplies });
