export { zodTool } from '@org/core/zod';
