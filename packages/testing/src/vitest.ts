export { useTestServer } from './use-test-server.js';
