// This project's realtime client as a user writes it: listeners by event type, or a turn iterated for its events.
export async function load(baseURL) {
  const [{ createClient }, { connectRealtime }] = await Promise.all([import('@org/core'), import('@org/realtime')]);
  const client = createClient({ apiKey: 'sk-bench', baseURL, maxRetries: 0 });
  return {
    async connect(model, onDelta, { turns = false } = {}) {
      const rt = connectRealtime(client, { model });
      if (!turns) rt.on('response.output_text.delta', onDelta);
      await rt.opened();
      return {
        async burst() {
          if (!turns) {
            const done = rt.waitFor('response.done');
            rt.send({ type: 'response.create' });
            await done;
            return;
          }
          for await (const event of rt.createResponse())
            if (event.type === 'response.output_text.delta') onDelta(event);
        },
        close: () => rt.close(),
      };
    },
  };
}
