import { errorReply } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createAdminClient } from './create-admin-client.js';
import { rotateServiceAccountKey } from './rotate-service-account-key.js';
import { NOV_1, serviceAccount } from './test-support/admin-api.js';

const server = useTestServer();
const admin = () => createAdminClient({ apiKey: 'sk-admin-test', baseURL: server.baseURL, maxRetries: 0 });

const base = '/organization/projects/proj_a/service_accounts';
const sent = () => server.requests.map((request) => `${request.method} ${request.routePath}`);
const newKey = {
  object: 'organization.project.service_account.api_key',
  value: 'sk-svcacct-new',
  name: 'Secret Key',
  created_at: NOV_1,
  id: 'key_new',
};

function scriptAccounts(previousRole: 'owner' | 'member', apiKey: typeof newKey | null = newKey) {
  server.on('GET', `${base}/svc_old`, { json: serviceAccount('svc_old', 'deployer', previousRole) });
  server.on('POST', base, {
    json: { ...serviceAccount('svc_new', 'deployer', 'member'), api_key: apiKey },
  });
  server.on('POST', `${base}/svc_new`, (request) => ({
    json: serviceAccount('svc_new', 'deployer', (request.json() as { role: 'owner' }).role),
  }));
  server.on('DELETE', `${base}/svc_old`, {
    json: { object: 'organization.project.service_account.deleted', id: 'svc_old', deleted: true },
  });
}

describe('rotateServiceAccountKey', () => {
  it('re-creates the account with its name and owner role, then deletes the previous one and its keys', async () => {
    scriptAccounts('owner');
    const rotation = await rotateServiceAccountKey(admin(), 'proj_a', 'svc_old', { idempotencyKey: 'rotate-1' });
    expect(rotation).toMatchObject({
      serviceAccount: { id: 'svc_new', name: 'deployer', role: 'owner' },
      apiKey: { id: 'key_new', value: 'sk-svcacct-new' },
      previous: { id: 'svc_old' },
      previousDeleted: true,
      failures: [],
    });
    expect(rotation.serviceAccount).not.toHaveProperty('api_key');
    expect(sent()).toEqual([`GET ${base}/svc_old`, `POST ${base}`, `POST ${base}/svc_new`, `DELETE ${base}/svc_old`]);
    expect(server.requests[1]!.json()).toEqual({ name: 'deployer' });
    expect(server.requests[2]!.json()).toEqual({ role: 'owner' });
    expect(server.requests.slice(1).map((request) => request.headers['idempotency-key'])).toEqual([
      'rotate-1:create',
      'rotate-1:role',
      'rotate-1:delete',
    ]);
  });

  it('keeps the previous account when asked, and asks for a key when the new account came without one', async () => {
    scriptAccounts('member', null);
    server.on('POST', `${base}/svc_new/api_keys`, { json: newKey });
    const rotation = await rotateServiceAccountKey(admin(), 'proj_a', 'svc_old', { keepPrevious: true });
    expect(rotation.apiKey.value).toBe('sk-svcacct-new');
    expect(rotation.previousDeleted).toBe(false);
    expect(sent()).toEqual([`GET ${base}/svc_old`, `POST ${base}`, `POST ${base}/svc_new/api_keys`]);
  });

  it('resolves with the new key when a later step fails, the failure in failures', async () => {
    scriptAccounts('member');
    server.on('DELETE', `${base}/svc_old`, errorReply(500, 'Try again later.'));
    const rotation = await rotateServiceAccountKey(admin(), 'proj_a', 'svc_old');
    expect(rotation.apiKey.value).toBe('sk-svcacct-new');
    expect(rotation.previousDeleted).toBe(false);
    expect(rotation.failures).toEqual([{ step: 'delete_previous', error: expect.objectContaining({ status: 500 }) }]);
  });

  it('keeps the previous account when the new one could not get its owner role', async () => {
    scriptAccounts('owner');
    server.on('POST', `${base}/svc_new`, errorReply(403, 'Not allowed.'));
    const rotation = await rotateServiceAccountKey(admin(), 'proj_a', 'svc_old');
    expect(rotation.serviceAccount.role).toBe('member');
    expect(rotation.failures.map((failure) => failure.step)).toEqual(['restore_role']);
    expect(sent()).not.toContain(`DELETE ${base}/svc_old`);
  });

  it('rejects, deleting nothing, when the new account cannot be made', async () => {
    scriptAccounts('member');
    server.on('POST', base, errorReply(400, 'The project is archived.'));
    await expect(rotateServiceAccountKey(admin(), 'proj_a', 'svc_old')).rejects.toMatchObject({ status: 400 });
    expect(sent()).toEqual([`GET ${base}/svc_old`, `POST ${base}`]);
  });
});
