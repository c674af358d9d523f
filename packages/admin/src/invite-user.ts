import { type Client, InvalidInputError, isErrorKind, type RequestOptions } from '@org/core';
import { stepOptions } from '@org/core/internal';
import { createInvite } from './generated/functions/create-invite.js';
import { createProjectUser } from './generated/functions/create-project-user.js';
import { listUsers } from './generated/functions/list-users.js';
import { retrieveProjectUser } from './generated/functions/retrieve-project-user.js';
import { updateProjectUser } from './generated/functions/update-project-user.js';
import type { Invite, InviteRequest, ProjectUser, User } from './generated/types.js';

/** Who to invite, and the projects they should reach with which role. */
export interface InviteUserBody {
  email: string;
  /** The organization role of someone new to it; default `reader`. A member's own role is left as it is. */
  role?: InviteRequest['role'] | undefined;
  projects?: NonNullable<InviteRequest['projects']> | undefined;
}

/** A new person invited (the projects come with the invite once accepted), or a member added to the projects now. */
export type InviteUserResult =
  | { status: 'invited'; invite: Invite }
  | { status: 'added'; user: User; projects: ProjectUser[] };

const orgRoles: readonly string[] = ['reader', 'owner'] satisfies InviteRequest['role'][];
const projectRoles: readonly string[] = ['member', 'owner'] satisfies NonNullable<
  InviteRequest['projects']
>[number]['role'][];

/**
 * Gives a person access to projects with a role. Someone not yet in the organization gets an invite carrying the
 * projects (`POST /organization/invites`), which apply once they accept it. A member, found by email
 * (`GET /organization/users?emails[]=…`), is added to each project at once (`POST /organization/projects/{id}/users`),
 * or given the role there if already in it with another (`POST …/users/{user_id}`); running it again changes nothing.
 * Every field is checked first (`InvalidInputError` naming it), so a bad project role sends nothing.
 */
export async function inviteUser(
  client: Client,
  body: InviteUserBody,
  options?: RequestOptions,
): Promise<InviteUserResult> {
  const { email, role = 'reader', projects = [] } = checkInviteUserBody(body);
  const user = await findUser(client, email, options);
  if (user === undefined) {
    const invite = await createInvite(client, { email, role, ...(projects.length > 0 && { projects }) }, options);
    return { status: 'invited', invite };
  }
  const members: ProjectUser[] = [];
  for (const project of projects) {
    const member = await retrieveProjectUser(client, project.id, user.id, options).catch((error: unknown) => {
      if (isErrorKind(error, 'NotFoundError')) return undefined;
      throw error;
    });
    if (member === undefined) {
      const body = { user_id: user.id, role: project.role };
      members.push(await createProjectUser(client, project.id, body, stepOptions(options, project.id)));
    } else if (member.role !== project.role) {
      const body = { role: project.role };
      members.push(await updateProjectUser(client, project.id, user.id, body, stepOptions(options, project.id)));
    } else {
      members.push(member);
    }
  }
  return { status: 'added', user, projects: members };
}

async function findUser(client: Client, email: string, options?: RequestOptions): Promise<User | undefined> {
  const wanted = email.toLowerCase();
  for await (const user of listUsers(client, { emails: [email], limit: 100 }, options)) {
    if (user.email?.toLowerCase() === wanted) return user;
  }
  return undefined;
}

function checkInviteUserBody(body: InviteUserBody): InviteUserBody {
  if (typeof body !== 'object' || body === null)
    throw new InvalidInputError('body', 'expected { email, role, projects }');
  const { email, role, projects } = body;
  if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new InvalidInputError('email', 'expected an email address');
  }
  if (role !== undefined && !orgRoles.includes(role)) {
    throw new InvalidInputError('role', `expected one of ${orgRoles.join(', ')}`);
  }
  if (projects === undefined) return body;
  if (!Array.isArray(projects)) throw new InvalidInputError('projects', 'expected a list of { id, role }');
  const seen = new Set<string>();
  projects.forEach((project, index) => {
    if (typeof project?.id !== 'string' || project.id === '') {
      throw new InvalidInputError(`projects[${index}].id`, 'expected a project id');
    }
    if (seen.has(project.id)) throw new InvalidInputError(`projects[${index}].id`, `${project.id} is listed twice`);
    seen.add(project.id);
    if (!projectRoles.includes(project.role)) {
      throw new InvalidInputError(`projects[${index}].role`, `expected one of ${projectRoles.join(', ')}`);
    }
  });
  return body;
}
