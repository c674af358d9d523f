import type { Client, RequestOptions } from '@org/core';
import { runWorkers } from '@org/core/internal';
import { listGroupUsers } from './generated/functions/list-group-users.js';
import { listProjectGroups } from './generated/functions/list-project-groups.js';
import { listProjectServiceAccounts } from './generated/functions/list-project-service-accounts.js';
import { listProjectUsers } from './generated/functions/list-project-users.js';
import type { GroupUser, ProjectGroup, ProjectServiceAccount, ProjectUser } from './generated/types.js';

/** A group with access to a project, and its members. */
export interface ProjectGroupAccess extends ProjectGroup {
  /** Every member of the group; empty when `groupMembers` is false. */
  users: GroupUser[];
}

/** Who can reach a project: its users and service accounts with their roles, and its groups with their members. */
export interface ProjectAccess {
  users: ProjectUser[];
  serviceAccounts: ProjectServiceAccount[];
  groups: ProjectGroupAccess[];
}

export interface ListProjectAccessOptions extends RequestOptions {
  /** Read each group's members; default true. */
  groupMembers?: boolean | undefined;
}

// Groups whose members are read at once.
const GROUP_CONCURRENCY = 4;

/**
 * Everyone who can reach a project, every page of each list: its users (`GET /organization/projects/{id}/users`),
 * service accounts (`…/service_accounts`) and groups (`…/groups`), each group with its members
 * (`GET /organization/groups/{group_id}/users`).
 */
export async function listProjectAccess(
  client: Client,
  projectId: string,
  options: ListProjectAccessOptions = {},
): Promise<ProjectAccess> {
  const { groupMembers = true, ...requestOptions } = options;
  const [users, serviceAccounts, projectGroups] = await Promise.all([
    collect(listProjectUsers(client, projectId, { limit: 100 }, requestOptions)),
    collect(listProjectServiceAccounts(client, projectId, { limit: 100 }, requestOptions)),
    collect(listProjectGroups(client, projectId, { limit: 100 }, requestOptions)),
  ]);
  const groups: ProjectGroupAccess[] = projectGroups.map((group) => ({ ...group, users: [] }));
  if (groupMembers) {
    await runWorkers(groups, GROUP_CONCURRENCY, async (group) => {
      group.users = await collect(listGroupUsers(client, group.group_id, { limit: 1000 }, requestOptions));
    });
  }
  return { users, serviceAccounts, groups };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
