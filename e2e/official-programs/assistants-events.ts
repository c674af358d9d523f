// Streaming a run with the official AssistantStream listeners (helpers.md), then its tool outputs; only the import
// changed.
import OpenAI from '@org/openai';

const openai = new OpenAI();

const assistant = await openai.beta.assistants.create({
  name: 'Math Tutor',
  instructions: 'You are a personal math tutor. Write and run code to answer math questions.',
  tools: [{ type: 'code_interpreter' }, { type: 'function', function: { name: 'get_weather' } }],
  model: 'gpt-4o',
});
const thread = await openai.beta.threads.create();
await openai.beta.threads.messages.create(thread.id, { role: 'user', content: 'Solve 3x + 11 = 14.' });

let printed = '';
const write = (text: string) => {
  printed += text;
};
const events: string[] = [];

const run = openai.beta.threads.runs
  .stream(thread.id, { assistant_id: assistant.id })
  .on('textCreated', () => write('\nassistant > '))
  .on('textDelta', (textDelta, snapshot) => {
    write(textDelta.value ?? '');
    if (!snapshot.value.endsWith(textDelta.value ?? '')) throw new Error('the snapshot is the text so far');
  })
  .on('toolCallCreated', (toolCall) => write(`\nassistant > ${toolCall.type}\n\n`))
  .on('toolCallDelta', (toolCallDelta, snapshot) => {
    if (snapshot.type !== toolCallDelta.type) throw new Error('the snapshot is the same call');
    if (toolCallDelta.type === 'code_interpreter') {
      if (toolCallDelta.code_interpreter?.input) write(toolCallDelta.code_interpreter.input);
      if (toolCallDelta.code_interpreter?.outputs) {
        write('\noutput >\n');
        for (const output of toolCallDelta.code_interpreter.outputs) {
          if (output.type === 'logs') write(`\n${output.logs}\n`);
        }
      }
    }
  })
  .on('messageDone', async (message) => {
    const content = message.content[0];
    if (content?.type === 'text') console.log('done >', content.text.value, content.text.annotations.length);
  })
  .on('event', (event) => events.push(event.event));
const result = await run.finalRun();
console.log(printed);

// The run stopped for the function's output: send it, and stream what the run does next.
if (result.status === 'requires_action') {
  const calls = result.required_action?.submit_tool_outputs.tool_calls ?? [];
  const next = openai.beta.threads.runs.submitToolOutputsStream(result.id, {
    thread_id: thread.id,
    tool_outputs: calls.map((call) => ({ tool_call_id: call.id, output: 'sunny' })),
  });
  for await (const event of next) {
    if (event.event === 'thread.message.delta') {
      const part = event.data.delta.content?.[0];
      if (part?.type === 'text') write(part.text?.value ?? '');
    }
  }
  const messages = await next.finalMessages();
  console.log(messages.length, (await next.finalRun()).status);
}
console.log(printed.endsWith('It is sunny.'), events.length);
