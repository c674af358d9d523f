import { defineConfig } from 'tsup';
import { nodeAndBrowserBuilds } from '../../scripts/node-and-browser-builds.js';

// The browser build takes the platform's WebSocket only (no `ws`) and base64 without Buffer. `zod` is its own entry,
// so only an app importing `@org/realtime/zod` ever loads zod.
export default defineConfig(
  nodeAndBrowserBuilds({ index: 'src/index.ts', zod: 'src/zod.ts' }, { index: 'src/index.ts' }),
);
