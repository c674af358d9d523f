export * from './create-admin-client.js';
export * from './generated/index.js';
