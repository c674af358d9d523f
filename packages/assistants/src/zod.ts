// `@org/assistants/zod`: tools from zod 4 schemas. zod is an optional peer, reached only from here.
export { zodTool } from '@org/core/zod';
