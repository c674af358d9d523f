import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'realtime/ws': 'src/realtime/ws.ts',
    'realtime/websocket': 'src/realtime/websocket.ts',
    'helpers/zod': 'src/helpers/zod.ts',
    auth: 'src/auth.ts',
    'auth/x509-transport': 'src/auth/x509-transport.ts',
    'providers/bedrock': 'src/providers/bedrock.ts',
    'providers/bedrock/aws': 'src/providers/bedrock/aws.ts',
    'providers/vertex': 'src/providers/vertex.ts',
    'lib/AssistantStream': 'src/lib/AssistantStream.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
});
