// The clients compared, in report order. Each module's `load(baseURL)` imports its SDK (so import time is measured
// by calling it) and returns { chat, streamChat, upload }.
export const clients = {
  'bare undici': new URL('./bare-undici.mjs', import.meta.url).href,
  '@org': new URL('./org-sdk.mjs', import.meta.url).href,
  openai: new URL('./openai-sdk.mjs', import.meta.url).href,
};

// The realtime clients under the same names: for realtime, the limit is a bare `ws` socket and `JSON.parse`. Each
// module's `load(baseURL)` returns { connect(model, onDelta) } (see realtime/).
export const realtimeClients = {
  'bare undici': new URL('./realtime/bare-ws.mjs', import.meta.url).href,
  '@org': new URL('./realtime/org-sdk.mjs', import.meta.url).href,
  openai: new URL('./realtime/openai-sdk.mjs', import.meta.url).href,
};

/** Loads client `name` of a set (`clients` by default, or `realtimeClients`). */
export async function loadClient(name, baseURL, set = clients) {
  const href = set[name];
  if (!href) throw new Error(`unknown client ${name}; one of ${Object.keys(set).join(', ')}`);
  const { load } = await import(href);
  return load(baseURL);
}
