// Onboarding with the admin key: invite someone new to a project, give a member access to two projects with a role,
// then see who can reach the project and the invites the audit log recorded.
// Run: node examples/admin-invite-user.mjs (set OPENAI_ADMIN_KEY, INVITE_EMAIL and INVITE_PROJECT to invite someone
// for real: that sends them an email).
import { pathToFileURL } from 'node:url';
import { inviteUser, listAuditLogEvents, listProjectAccess } from '@org/admin';
import { listReply, members } from './admin-local-replies.mjs';
import { runStandalone } from './run-standalone.mjs';

/** This example calls admin endpoints: it takes a client made with the admin key. */
export const usesAdminKey = true;
/** Why the demo tour runs this only offline; `node examples/admin-invite-user.mjs` still can, with INVITE_EMAIL. */
export const offlineOnly = 'an invite sends a real email';

/** The local organization: Ada a member of the web shop project, Bob of none, one group and one service account. */
export function scriptReplies(server) {
  const projectRoles = new Map([['proj_web/user_ada', 'member']]);
  const events = [];
  const projectUser = (projectId, userId) => {
    const user = members.find((member) => member.id === userId);
    const role = projectRoles.get(`${projectId}/${userId}`);
    return {
      object: 'organization.project.user',
      id: userId,
      name: user.name,
      email: user.email,
      role,
      added_at: 1_767_225_600,
    };
  };
  server.on('GET', '/organization/users', (request) => {
    const emails = request.query.getAll('emails[]').map((email) => email.toLowerCase());
    return listReply(members.filter((member) => emails.includes(member.email)))(request);
  });
  server.on('POST', '/organization/invites', (request) => {
    const invite = {
      object: 'organization.invite',
      id: 'invite-1',
      status: 'pending',
      created_at: 1_767_225_600,
      ...request.json(),
    };
    events.push({
      id: `audit_${events.length + 1}`,
      type: 'invite.sent',
      effective_at: Math.floor(Date.now() / 1000),
      'invite.sent': { id: invite.id, data: { email: invite.email, role: invite.role } },
    });
    return { json: invite };
  });
  server.on('GET', '/organization/projects/{project}/users/{user}', ({ params }) =>
    projectRoles.has(`${params.project}/${params.user}`)
      ? { json: projectUser(params.project, params.user) }
      : { status: 404, json: { error: { message: 'No such user in the project.', type: 'invalid_request_error' } } },
  );
  const setRole = ({ params, json }) => {
    const { user_id = params.user, role } = json();
    projectRoles.set(`${params.project}/${user_id}`, role);
    return { json: projectUser(params.project, user_id) };
  };
  server.on('POST', '/organization/projects/{project}/users', setRole);
  server.on('POST', '/organization/projects/{project}/users/{user}', setRole);
  server.on('GET', '/organization/projects/{project}/users', (request) => {
    const ids = [...projectRoles.keys()].filter((key) => key.startsWith(`${request.params.project}/`));
    return listReply(ids.map((key) => projectUser(request.params.project, key.split('/')[1])))(request);
  });
  server.on('GET', '/organization/projects/{project}/service_accounts', {
    json: {
      object: 'list',
      data: [
        {
          object: 'organization.project.service_account',
          id: 'svc_ci',
          name: 'ci',
          role: 'member',
          created_at: 1_767_225_600,
        },
      ],
      has_more: false,
    },
  });
  server.on('GET', '/organization/projects/{project}/groups', {
    json: {
      object: 'list',
      data: [
        {
          object: 'project.group',
          project_id: 'proj_web',
          group_id: 'group_support',
          group_name: 'Support',
          group_type: 'group',
          created_at: 1_767_225_600,
        },
      ],
      has_more: false,
      next: null,
    },
  });
  server.on('GET', '/organization/groups/{group}/users', {
    json: {
      object: 'list',
      data: [{ id: 'user_cy', name: 'Cy', email: 'cy@example.com' }],
      has_more: false,
      next: null,
    },
  });
  server.on('GET', '/organization/audit_logs', (request) => listReply(events)(request));
}

export async function run({ client, log = console.log, live = false }) {
  const email = live ? process.env.INVITE_EMAIL : 'grace@example.com';
  const projectId = live ? process.env.INVITE_PROJECT : 'proj_web';
  if (!email || !projectId) {
    log('Set INVITE_EMAIL and INVITE_PROJECT to invite someone for real; nothing was sent.');
    return undefined;
  }
  const started = new Date();

  const result = await inviteUser(client, { email, projects: [{ id: projectId, role: 'member' }] });
  if (result.status === 'invited') {
    log(`Invited ${result.invite.email} as ${result.invite.role}; ${projectId} comes with it once accepted.`);
  } else {
    log(`${result.user.email} is a member already: added to ${projectId} as ${result.projects[0].role}.`);
  }

  if (!live) {
    const projects = [
      { id: 'proj_web', role: 'owner' },
      { id: 'proj_data', role: 'member' },
    ];
    const added = await inviteUser(client, { email: 'ada@example.com', projects });
    log(
      `ada@example.com, a member: ${added.projects.map((member, i) => `${projects[i].id} as ${member.role}`).join(', ')}.`,
    );
  }

  const access = await listProjectAccess(client, projectId);
  log(`Who can reach ${projectId}:`);
  for (const user of access.users) log(`  user ${user.email} (${user.role})`);
  for (const account of access.serviceAccounts) log(`  service account ${account.name} (${account.role})`);
  for (const group of access.groups) {
    log(`  group ${group.group_name}: ${group.users.map((user) => user.email ?? user.name).join(', ')}`);
  }

  const since = new Date(started.getTime() - 60_000);
  for await (const event of listAuditLogEvents(client, {
    event_types: ['invite.sent'],
    effective_at: { gte: since },
  })) {
    if (event.type === 'invite.sent') log(`Audit log: invite sent to ${event['invite.sent'].data?.email}.`);
  }
  return result.status === 'invited' ? result.invite : result.user;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runStandalone({ run, scriptReplies, usesAdminKey });
}
