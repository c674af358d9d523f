// The official realtime example over ws, with only the import changed.
import OpenAI from '@org/openai';
import { OpenAIRealtimeWS } from '@org/openai/realtime/ws';

const rt = new OpenAIRealtimeWS({ model: 'gpt-realtime' }, new OpenAI());

rt.socket.on('open', () => {
  rt.send({ type: 'session.update', session: { type: 'realtime', output_modalities: ['text'] } });
  rt.send({
    type: 'conversation.item.create',
    item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Say a couple paragraphs!' }] },
  });
  rt.send({ type: 'response.create' });
});

let text = '';
rt.on('response.output_text.delta', (event) => {
  text += event.delta;
});
rt.on('response.done', () => {
  console.log(text);
  rt.close();
});

await new Promise<void>((resolve) => rt.socket.on('close', resolve));
console.log('Connection closed!');
