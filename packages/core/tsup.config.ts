import { defineConfig } from 'tsup';
import { nodeAndBrowserBuilds } from '../../scripts/node-and-browser-builds.js';

// The browser build takes the platform fetch instead of the undici transport, and a plain AbortController where Node
// gets a lighter signal.
export default defineConfig(
  nodeAndBrowserBuilds(
    {
      index: 'src/index.ts',
      internal: 'src/internal.ts',
      azure: 'src/azure.ts',
      'workload-identity': 'src/workload-identity.ts',
      'workload-identity-x509': 'src/workload-identity-x509.ts',
      'providers/bedrock': 'src/providers/bedrock.ts',
      'providers/bedrock-aws': 'src/providers/bedrock-aws.ts',
      'providers/vertex': 'src/providers/vertex.ts',
      node: 'src/node.ts',
      zod: 'src/zod.ts',
    },
    {
      index: 'src/index.ts',
      internal: 'src/internal.ts',
      azure: 'src/azure.ts',
      'workload-identity': 'src/workload-identity.ts',
      'providers/bedrock': 'src/providers/bedrock.ts',
      'providers/bedrock-aws': 'src/providers/bedrock-aws.ts',
      'providers/vertex': 'src/providers/vertex.ts',
    },
  ),
);
