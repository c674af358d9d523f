// The clients compared, in report order. Each module's `load(baseURL)` imports its SDK (so import time is measured
// by calling it) and returns { chat, streamChat, upload }.
export const clients = {
  'bare undici': new URL('./bare-undici.mjs', import.meta.url).href,
  '@org': new URL('./org-sdk.mjs', import.meta.url).href,
  openai: new URL('./openai-sdk.mjs', import.meta.url).href,
};

export async function loadClient(name, baseURL) {
  const href = clients[name];
  if (!href) throw new Error(`unknown client ${name}; one of ${Object.keys(clients).join(', ')}`);
  const { load } = await import(href);
  return load(baseURL);
}
