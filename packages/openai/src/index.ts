export { OpenAI, OpenAI as default, OpenAIBeta, type OpenAIOptions } from './generated/index.js';
