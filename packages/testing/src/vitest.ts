export { useTestServer } from './use-test-server';
