// The limit for realtime: a `ws` socket and `JSON.parse` of every frame, with nothing around them.
export async function load(baseURL) {
  const { WebSocket } = await import('ws');
  const url = `${baseURL.replace(/^http/, 'ws')}/realtime`;
  return {
    async connect(model, onDelta) {
      const socket = new WebSocket(`${url}?model=${model}`, {
        headers: { authorization: 'Bearer sk-bench' },
        perMessageDeflate: false,
      });
      let burstDone = () => {};
      socket.on('message', (data) => {
        const event = JSON.parse(data);
        if (event.type === 'response.output_text.delta') onDelta(event);
        else if (event.type === 'response.done') burstDone();
      });
      await new Promise((resolve, reject) => {
        socket.once('open', resolve);
        socket.once('error', reject);
      });
      return {
        burst() {
          const done = new Promise((resolve) => {
            burstDone = resolve;
          });
          socket.send(JSON.stringify({ type: 'response.create' }));
          return done;
        },
        close: () =>
          new Promise((resolve) => {
            socket.once('close', resolve);
            socket.close();
          }),
      };
    },
  };
}
