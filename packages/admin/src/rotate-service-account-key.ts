import type { Client, RequestOptions } from '@org/core';
import { stepOptions } from '@org/core/internal';
import { createProjectServiceAccount } from './generated/functions/create-project-service-account.js';
import { createProjectServiceAccountApiKey } from './generated/functions/create-project-service-account-api-key.js';
import { deleteProjectServiceAccount } from './generated/functions/delete-project-service-account.js';
import { retrieveProjectServiceAccount } from './generated/functions/retrieve-project-service-account.js';
import { updateProjectServiceAccount } from './generated/functions/update-project-service-account.js';
import type { ProjectServiceAccount, ProjectServiceAccountApiKey } from './generated/types.js';

export interface RotateServiceAccountKeyOptions extends RequestOptions {
  /**
   * Leave the previous account, and so its keys, working: for a rollout that moves to the new key first. Delete it
   * then with `deleteProjectServiceAccount(client, projectId, rotation.previous.id)`.
   */
  keepPrevious?: boolean | undefined;
}

/** What a rotation did. */
export interface ServiceAccountKeyRotation {
  /** The account that replaces the previous one: its name, and its role when that was `owner`. */
  serviceAccount: ProjectServiceAccount;
  /** Its key. `apiKey.value` is the secret: the API shows it only this once. */
  apiKey: ProjectServiceAccountApiKey;
  previous: ProjectServiceAccount;
  /** Whether the previous account is deleted, and with it every key it had. */
  previousDeleted: boolean;
  /**
   * The steps that failed after the new key was made, with their errors. Those never reject the rotation, which would
   * lose the key; the previous account is kept when its role could not be given to the new one.
   */
  failures: Array<{ step: 'restore_role' | 'delete_previous'; error: unknown }>;
}

/**
 * Replaces a project service account's keys with a new one. The API can add a key to a service account but cannot
 * revoke one: only deleting the account revokes its keys. So this creates a new account with the same name (and a new
 * id) and its key, gives it the previous one's role when that was `owner` (a new account is a `member`), then deletes
 * the previous account unless `keepPrevious`. Anything else tied to the previous account's id (role assignments, audit
 * history) stays with that id. To add a key while the old ones keep working, call `createProjectServiceAccountApiKey`.
 */
export async function rotateServiceAccountKey(
  client: Client,
  projectId: string,
  serviceAccountId: string,
  options: RotateServiceAccountKeyOptions = {},
): Promise<ServiceAccountKeyRotation> {
  const { keepPrevious = false, ...requestOptions } = options;
  const previous = await retrieveProjectServiceAccount(client, projectId, serviceAccountId, requestOptions);
  const created = await createProjectServiceAccount(
    client,
    projectId,
    { name: previous.name },
    stepOptions(requestOptions, 'create'),
  );
  const apiKey =
    created.api_key ??
    (await createProjectServiceAccountApiKey(client, projectId, created.id, {}, stepOptions(requestOptions, 'key')));
  const { api_key: _key, ...account } = created;
  const rotation: ServiceAccountKeyRotation = {
    serviceAccount: account,
    apiKey,
    previous,
    previousDeleted: false,
    failures: [],
  };
  if (previous.role === 'owner') {
    try {
      const body = { role: 'owner' } as const;
      rotation.serviceAccount = await updateProjectServiceAccount(
        client,
        projectId,
        account.id,
        body,
        stepOptions(requestOptions, 'role'),
      );
    } catch (error) {
      rotation.failures.push({ step: 'restore_role', error });
    }
  }
  if (keepPrevious || rotation.failures.length > 0) return rotation;
  try {
    const deleted = await deleteProjectServiceAccount(
      client,
      projectId,
      previous.id,
      stepOptions(requestOptions, 'delete'),
    );
    rotation.previousDeleted = deleted.deleted;
  } catch (error) {
    rotation.failures.push({ step: 'delete_previous', error });
  }
  return rotation;
}
