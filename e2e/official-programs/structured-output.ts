// Structured output with a zod schema, with only the import changed.
import OpenAI from '@org/openai';
import { zodResponseFormat, zodTextFormat } from '@org/openai/helpers/zod';
import { z } from 'zod';

const Step = z.object({ explanation: z.string(), output: z.string() });
const MathResponse = z.object({ steps: z.array(Step), final_answer: z.string() });

const client = new OpenAI();

const completion = await client.chat.completions.parse({
  model: 'gpt-4o-2024-08-06',
  messages: [
    { role: 'system', content: 'You are a helpful math tutor.' },
    { role: 'user', content: 'solve 8x + 31 = 2' },
  ],
  response_format: zodResponseFormat(MathResponse, 'math_response'),
});

const message = completion.choices[0]?.message;
if (message?.parsed) {
  console.log(message.parsed.steps.length);
  console.log(message.parsed.final_answer);
}

const CalendarEvent = z.object({ name: z.string(), date: z.string(), participants: z.array(z.string()) });
const response = await client.responses.parse({
  model: 'gpt-4o-2024-08-06',
  input: [{ role: 'user', content: 'Alice and Bob are going to a science fair on Friday.' }],
  text: { format: zodTextFormat(CalendarEvent, 'event') },
});
console.log(response.output_parsed.participants.join(' and '));
