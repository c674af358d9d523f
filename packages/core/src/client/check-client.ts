import { InvalidInputError } from '../errors/invalid-input-error.js';
import type { Client } from './client.js';

/**
 * Refuses, naming it, a first argument that is not a client: from plain JavaScript, a call without its client passes
 * its body or query there, which would fail as `client.request is not a function`.
 */
export function checkClient(client: Client): void {
  if (typeof (client as Partial<Client> | null | undefined)?.request !== 'function') {
    throw new InvalidInputError('client', 'expected a client from createClient()');
  }
}
