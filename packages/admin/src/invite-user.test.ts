import { InvalidInputError } from '@org/core';
import { errorReply } from '@org/testing';
import { useTestServer } from '@org/testing/vitest';
import { describe, expect, it } from 'vitest';
import { createAdminClient } from './create-admin-client.js';
import { type InviteUserBody, inviteUser } from './invite-user.js';
import { NOV_1, orgUser, projectUser, scriptListPages } from './test-support/admin-api.js';

const server = useTestServer();
const admin = () => createAdminClient({ apiKey: 'sk-admin-test', baseURL: server.baseURL, maxRetries: 0 });

const sent = () => server.requests.map((request) => `${request.method} ${request.routePath}`);

describe('inviteUser', () => {
  it('invites someone new, the projects and their roles carried by the invite', async () => {
    scriptListPages(server, '/organization/users', []);
    server.on('POST', '/organization/invites', (request) => ({
      json: {
        object: 'organization.invite',
        id: 'invite-1',
        status: 'pending',
        created_at: NOV_1,
        ...(request.json() as object),
      },
    }));
    const result = await inviteUser(admin(), {
      email: 'new@example.com',
      projects: [
        { id: 'proj_a', role: 'member' },
        { id: 'proj_b', role: 'owner' },
      ],
    });
    expect(result.status).toBe('invited');
    expect(sent()).toEqual(['GET /organization/users', 'POST /organization/invites']);
    expect(server.requests[0]!.query.getAll('emails[]')).toEqual(['new@example.com']);
    expect(server.requests[1]!.json()).toEqual({
      email: 'new@example.com',
      role: 'reader',
      projects: [
        { id: 'proj_a', role: 'member' },
        { id: 'proj_b', role: 'owner' },
      ],
    });
    if (result.status === 'invited') expect(result.invite.id).toBe('invite-1');
  });

  it('adds a member to each project at once: added, given the role, or left as it is', async () => {
    scriptListPages(server, '/organization/users', [orgUser('user_1', 'Ada@Example.com', 'owner')]);
    server.on('GET', '/organization/projects/proj_a/users/user_1', errorReply(404, 'No such user in the project.'));
    server.on('GET', '/organization/projects/proj_b/users/user_1', {
      json: projectUser('user_1', 'ada@example.com', 'member'),
    });
    server.on('GET', '/organization/projects/proj_c/users/user_1', {
      json: projectUser('user_1', 'ada@example.com', 'owner'),
    });
    server.on('POST', '/organization/projects/{project}/users', (request) => ({
      json: projectUser('user_1', 'ada@example.com', (request.json() as { role: string }).role),
    }));
    server.on('POST', '/organization/projects/{project}/users/{user}', (request) => ({
      json: projectUser('user_1', 'ada@example.com', (request.json() as { role: string }).role),
    }));
    const body: InviteUserBody = {
      email: 'ada@example.com',
      role: 'reader',
      projects: [
        { id: 'proj_a', role: 'member' },
        { id: 'proj_b', role: 'owner' },
        { id: 'proj_c', role: 'owner' },
      ],
    };
    const result = await inviteUser(admin(), body, { idempotencyKey: 'onboard-ada' });
    if (result.status !== 'added') throw new Error('expected the member to be added');
    expect(result.user.role).toBe('owner');
    expect(result.projects.map((member) => member.role)).toEqual(['member', 'owner', 'owner']);
    expect(sent()).toEqual([
      'GET /organization/users',
      'GET /organization/projects/proj_a/users/user_1',
      'POST /organization/projects/proj_a/users',
      'GET /organization/projects/proj_b/users/user_1',
      'POST /organization/projects/proj_b/users/user_1',
      'GET /organization/projects/proj_c/users/user_1',
    ]);
    expect(server.requests[2]!.json()).toEqual({ user_id: 'user_1', role: 'member' });
    expect(server.requests[4]!.json()).toEqual({ role: 'owner' });
    const keys = server.requests
      .filter((request) => request.method === 'POST')
      .map((r) => r.headers['idempotency-key']);
    expect(keys).toEqual(['onboard-ada:proj_a', 'onboard-ada:proj_b']);
  });

  it('stops at the first failure with its typed error', async () => {
    scriptListPages(server, '/organization/users', [orgUser('user_1', 'ada@example.com')]);
    server.on('GET', '/organization/projects/{project}/users/{user}', errorReply(400, 'The project is archived.'));
    await expect(
      inviteUser(admin(), { email: 'ada@example.com', projects: [{ id: 'proj_old', role: 'member' }] }),
    ).rejects.toMatchObject({ status: 400, name: 'BadRequestError' });
    expect(sent()).toHaveLength(2);
  });

  it('checks every field first, naming it, so nothing is sent', async () => {
    const cases: Array<[unknown, string]> = [
      [{ email: 'not an email' }, 'email'],
      [{ email: 'a@example.com', role: 'admin' }, 'role'],
      [
        {
          email: 'a@example.com',
          projects: [
            { id: 'proj_a', role: 'member' },
            { id: '', role: 'member' },
          ],
        },
        'projects[1].id',
      ],
      [
        {
          email: 'a@example.com',
          projects: [
            { id: 'proj_a', role: 'member' },
            { id: 'proj_a', role: 'owner' },
          ],
        },
        'projects[1].id',
      ],
      [{ email: 'a@example.com', projects: [{ id: 'proj_a', role: 'reader' }] }, 'projects[0].role'],
    ];
    for (const [body, input] of cases) {
      const error = await inviteUser(admin(), body as InviteUserBody).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(InvalidInputError);
      expect((error as InvalidInputError).input).toBe(input);
    }
    expect(server.requests).toHaveLength(0);
  });
});
