// The official `openai` package's realtime client on `ws`, as its docs show. It only connects with `wss:`, so the
// socket is made on a plain TCP connection (ws's `createConnection`) to reach the bench server as the others do.
import net from 'node:net';

export async function load(baseURL) {
  const [{ default: OpenAI }, { OpenAIRealtimeWS }] = await Promise.all([
    import('openai'),
    import('openai/realtime/ws'),
  ]);
  const client = new OpenAI({ apiKey: 'sk-bench', baseURL, maxRetries: 0 });
  const createConnection = (options) => net.connect({ host: options.host, port: options.port });
  return {
    async connect(model, onDelta) {
      const rt = new OpenAIRealtimeWS({ model, options: { createConnection } }, client);
      rt.on('response.output_text.delta', onDelta);
      rt.on('error', (error) => {
        throw error;
      });
      await new Promise((resolve, reject) => {
        rt.socket.once('open', resolve);
        rt.socket.once('error', reject);
      });
      return {
        burst() {
          const done = new Promise((resolve) => rt.once('response.done', resolve));
          rt.send({ type: 'response.create' });
          return done;
        },
        close: () =>
          new Promise((resolve) => {
            rt.socket.once('close', resolve);
            rt.close();
          }),
      };
    },
  };
}
