export { parseWithSchema } from './zod/parse-with-schema.js';
export { requireZod } from './zod/require-zod.js';
export { toStrictJsonSchema } from './zod/to-strict-json-schema.js';
export { zodTool } from './zod/zod-tool.js';
