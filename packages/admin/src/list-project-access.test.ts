import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createAdminClient } from './create-admin-client.js';
import { listProjectAccess } from './list-project-access.js';
import { NOV_1, projectUser, scriptListPages, serviceAccount } from './test-support/admin-api.js';

const server = useTestServer();
const admin = () => createAdminClient({ apiKey: 'sk-admin-test', baseURL: server.baseURL, maxRetries: 0 });

const group = (id: string, name: string) => ({
  object: 'project.group',
  project_id: 'proj_a',
  group_id: id,
  group_name: name,
  group_type: 'group',
  created_at: NOV_1,
});

function scriptGroups(groups: ReturnType<typeof group>[]) {
  // Group lists page by `next`, the id to ask `after`.
  server.on('GET', '/organization/projects/proj_a/groups', (request) => {
    const start = request.query.get('after') === null ? 0 : 1;
    const hasMore = start + 1 < groups.length;
    return {
      json: {
        object: 'list',
        data: groups.slice(start, start + 1),
        has_more: hasMore,
        next: hasMore ? 'cursor-1' : null,
      },
    };
  });
}

describe('listProjectAccess', () => {
  it('lists the users, service accounts and groups with their members, every page of each', async () => {
    scriptListPages(server, '/organization/projects/proj_a/users', [
      projectUser('user_1', 'ada@example.com', 'owner'),
      projectUser('user_2', 'bob@example.com', 'member'),
      projectUser('user_3', 'cy@example.com', 'member'),
    ]);
    scriptListPages(server, '/organization/projects/proj_a/service_accounts', [
      serviceAccount('svc_1', 'ci', 'member'),
    ]);
    scriptGroups([group('group_1', 'Data'), group('group_2', 'Oncall')]);
    server.on('GET', '/organization/groups/{group}/users', (request) => ({
      json: {
        object: 'list',
        data: [{ id: `user_of_${request.params.group}`, name: 'Member', email: null }],
        has_more: false,
        next: null,
      },
    }));

    const access = await listProjectAccess(admin(), 'proj_a');
    expect(access.users.map((user) => `${user.email}:${user.role}`)).toEqual([
      'ada@example.com:owner',
      'bob@example.com:member',
      'cy@example.com:member',
    ]);
    expect(access.serviceAccounts.map((account) => account.id)).toEqual(['svc_1']);
    expect(access.groups.map((g) => [g.group_name, g.users.map((user) => user.id)])).toEqual([
      ['Data', ['user_of_group_1']],
      ['Oncall', ['user_of_group_2']],
    ]);
    const groupPages = server.requests.filter(
      (request) => request.routePath === '/organization/projects/proj_a/groups',
    );
    expect(groupPages.map((request) => request.query.get('after'))).toEqual([null, 'cursor-1']);
  });

  it('leaves the members out when asked, sending no call for them', async () => {
    scriptListPages(server, '/organization/projects/proj_a/users', []);
    scriptListPages(server, '/organization/projects/proj_a/service_accounts', []);
    scriptGroups([group('group_1', 'Data')]);
    const access = await listProjectAccess(admin(), 'proj_a', { groupMembers: false });
    expect(access.groups).toEqual([{ ...group('group_1', 'Data'), users: [] }]);
    expect(server.requests.some((request) => request.routePath.startsWith('/organization/groups/'))).toBe(false);
  });
});
