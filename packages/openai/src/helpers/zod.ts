// `@org/openai/helpers/zod`: the official zod helpers, from the packages' zod entries. zod is an optional peer.
export { zodResponseFormat } from '@org/chat/zod';
export { zodTextFormat } from '@org/responses/zod';
export { zodFunction } from './zod-function.js';
