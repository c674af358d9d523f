export type { AzureClient } from './azure/azure-client.js';
export type { AzureClientOptions } from './azure/azure-client-options.js';
export { createAzureClient } from './azure/create-azure-client.js';
