// A text chat over a realtime session, in the console: each line you type is a user message, and the reply streams
// back as the model writes it. Without a terminal (or in the demo) it sends two lines of its own.
// Run: node examples/realtime-chat.mjs (set OPENAI_API_KEY to talk to the real API; Ctrl-D ends the chat).
import { createInterface } from 'node:readline/promises';
import { pathToFileURL } from 'node:url';
import { connectRealtime } from '@org/realtime';
import { realtimeResponse } from '@org/testing';
import { runStandalone } from './run-standalone.mjs';

const scriptedLines = ['Hi! Who am I talking to?', 'Give me a haiku about sockets.'];

const localAnswers = {
  'Hi! Who am I talking to?': 'A realtime model on a local test server, answering in text only.',
  'Give me a haiku about sockets.': 'Frames cross the wire fast / one socket, many events / nothing left open.',
};

/** What the local server answers when there is no API key: a reply to the last message, streamed in small deltas. */
export function scriptReplies(server) {
  server.realtime.on('response.create', (event, connection) => {
    const lastMessage = connection.events.findLast((sent) => sent.type === 'conversation.item.create');
    const text = lastMessage?.item?.content?.[0]?.text ?? '';
    return realtimeResponse({ text: localAnswers[text] ?? `You said: ${text}` }, { textChunk: 6, delayMs: 15 })(event);
  });
}

/** The user's lines: typed at a terminal, or the scripted ones. */
async function* userLines(interactive) {
  if (!interactive) {
    yield* scriptedLines;
    return;
  }
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (;;) {
      const line = await terminal.question('you> ').catch(() => undefined);
      if (line === undefined) return;
      if (line.trim()) yield line;
    }
  } finally {
    terminal.close();
  }
}

export async function run({
  client,
  log = console.log,
  write = (text) => process.stdout.write(text),
  interactive = false,
}) {
  const rt = connectRealtime(client, {
    model: process.env.OPENAI_REALTIME_MODEL ?? 'gpt-realtime',
    session: { output_modalities: ['text'], instructions: 'Answer in one or two short sentences.' },
  });
  rt.on('error', (error) => log(`error: ${error.message}`));
  try {
    await rt.opened();
    for await (const line of userLines(interactive)) {
      if (!interactive) write(`you> ${line}\n`);
      await rt.addMessage(line);
      const turn = rt.createResponse();
      write('model> ');
      for await (const event of turn) if (event.type === 'response.output_text.delta') write(event.delta);
      write('\n');
    }
  } finally {
    await rt.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runStandalone({
    run: (options) => run({ ...options, interactive: process.stdin.isTTY === true }),
    scriptReplies,
  });
}
