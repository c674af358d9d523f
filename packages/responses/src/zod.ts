export { zodTool } from '@org/core/zod';
export { zodTextFormat } from './zod-text-format.js';
