/**
 * THE map from every spec operation (method + path, exactly as the spec's `paths` key) to its package,
 * its standalone function and its method path on the resource classes (the official `openai` package's
 * path where it has one).
 *
 * Naming rules for functions: the official method's verb (`create`, `retrieve`, `update`, `list`,
 * `delete`, `cancel`, ...) followed by the resource noun, in camelCase. The spec's operationIds are
 * not used: they mix `get`/`retrieve`/`modify` and carry typos (`submitToolOuputsToRun`).
 *
 * The seven `?beta=true` paths are the Responses API's beta surface (its own request/response
 * schemas, the `openai-beta` header, `?beta=true` on the wire). They are generated on purpose as
 * separate functions (`createBetaResponse`, ...) under `beta.responses.*`, as the official package does.
 */
export type PackageName =
  | 'admin'
  | 'assistants'
  | 'audio'
  | 'batches'
  | 'chat'
  | 'chatkit'
  | 'content-provenance'
  | 'embeddings'
  | 'evals'
  | 'files'
  | 'fine-tuning'
  | 'images'
  | 'models'
  | 'moderations'
  | 'realtime'
  | 'responses'
  | 'skills'
  | 'videos'
  | 'webhooks';

/** Streaming facts the spec leaves out or spells differently. */
export interface StreamOverride {
  /** Component schema of one event, when the spec has no `text/event-stream` response. */
  event?: string;
  /** Events are named SSE events whose data has no `type`: items are `{ event, data }`. */
  eventNames?: true;
  /** The `stream` switch is a query parameter (retrieve a response and resume its stream). */
  location?: 'query';
  /** Field that switches streaming on, `stream` by default. */
  field?: string;
  /** Value of that field that streams, `true` by default. */
  value?: string;
  /** Name of the extra always-streaming function; defaults to `stream` + the function name without `create`. */
  fn?: string;
  /**
   * What a whole stream ends with, so that a body ending before it raises `StreamTruncatedError`: `'[DONE]'`, or the
   * event types of which one comes last. `'unknown'` keeps the body's end as the stream's (say why beside it). Every
   * streaming operation says one: a new one fails generation until it does.
   */
  end?: '[DONE]' | readonly string[] | 'unknown';
}

export interface OperationEntry {
  route: string;
  pkg: PackageName;
  fn: string;
  method: string;
  /** Force a `BinaryResponse` where the spec declares a JSON string or no content for a file download. */
  binary?: true;
  stream?: StreamOverride;
}

function op(
  route: string,
  pkg: PackageName,
  fn: string,
  method: string,
  extra?: Partial<OperationEntry>,
): OperationEntry {
  return { route, pkg, fn, method, ...extra };
}

// The runs' last event is `event: done` with `data: [DONE]`.
const assistantEvents: StreamOverride = { event: 'AssistantStreamEvent', eventNames: true, end: '[DONE]' };
/** A response stream ends with the response's last state, or an error. */
const responseEnd = ['response.completed', 'response.failed', 'response.incomplete', 'error'];

export const operationTable: readonly OperationEntry[] = [
  // @org/assistants (legacy)
  op('GET /assistants', 'assistants', 'listAssistants', 'beta.assistants.list'),
  op('POST /assistants', 'assistants', 'createAssistant', 'beta.assistants.create'),
  op('GET /assistants/{assistant_id}', 'assistants', 'retrieveAssistant', 'beta.assistants.retrieve'),
  op('POST /assistants/{assistant_id}', 'assistants', 'updateAssistant', 'beta.assistants.update'),
  op('DELETE /assistants/{assistant_id}', 'assistants', 'deleteAssistant', 'beta.assistants.delete'),
  op('POST /threads', 'assistants', 'createThread', 'beta.threads.create'),
  op('POST /threads/runs', 'assistants', 'createThreadAndRun', 'beta.threads.createAndRun', {
    stream: assistantEvents,
  }),
  op('GET /threads/{thread_id}', 'assistants', 'retrieveThread', 'beta.threads.retrieve'),
  op('POST /threads/{thread_id}', 'assistants', 'updateThread', 'beta.threads.update'),
  op('DELETE /threads/{thread_id}', 'assistants', 'deleteThread', 'beta.threads.delete'),
  op('GET /threads/{thread_id}/messages', 'assistants', 'listMessages', 'beta.threads.messages.list'),
  op('POST /threads/{thread_id}/messages', 'assistants', 'createMessage', 'beta.threads.messages.create'),
  op(
    'GET /threads/{thread_id}/messages/{message_id}',
    'assistants',
    'retrieveMessage',
    'beta.threads.messages.retrieve',
  ),
  op('POST /threads/{thread_id}/messages/{message_id}', 'assistants', 'updateMessage', 'beta.threads.messages.update'),
  op(
    'DELETE /threads/{thread_id}/messages/{message_id}',
    'assistants',
    'deleteMessage',
    'beta.threads.messages.delete',
  ),
  op('GET /threads/{thread_id}/runs', 'assistants', 'listRuns', 'beta.threads.runs.list'),
  op('POST /threads/{thread_id}/runs', 'assistants', 'createRun', 'beta.threads.runs.create', {
    stream: assistantEvents,
  }),
  op('GET /threads/{thread_id}/runs/{run_id}', 'assistants', 'retrieveRun', 'beta.threads.runs.retrieve'),
  op('POST /threads/{thread_id}/runs/{run_id}', 'assistants', 'updateRun', 'beta.threads.runs.update'),
  op('POST /threads/{thread_id}/runs/{run_id}/cancel', 'assistants', 'cancelRun', 'beta.threads.runs.cancel'),
  op('GET /threads/{thread_id}/runs/{run_id}/steps', 'assistants', 'listRunSteps', 'beta.threads.runs.steps.list'),
  op(
    'GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}',
    'assistants',
    'retrieveRunStep',
    'beta.threads.runs.steps.retrieve',
  ),
  op(
    'POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs',
    'assistants',
    'submitToolOutputsToRun',
    'beta.threads.runs.submitToolOutputs',
    { stream: { ...assistantEvents, fn: 'streamSubmitToolOutputsToRun' } },
  ),

  // @org/audio
  op('POST /audio/speech', 'audio', 'createSpeech', 'audio.speech.create', {
    stream: { field: 'stream_format', value: 'sse', end: ['speech.audio.done'] },
  }),
  op('POST /audio/transcriptions', 'audio', 'createTranscription', 'audio.transcriptions.create', {
    stream: { end: ['transcript.text.done'] },
  }),
  op('POST /audio/translations', 'audio', 'createTranslation', 'audio.translations.create'),
  op('GET /audio/voice_consents', 'audio', 'listVoiceConsents', 'audio.voiceConsents.list'),
  op('POST /audio/voice_consents', 'audio', 'createVoiceConsent', 'audio.voiceConsents.create'),
  op('GET /audio/voice_consents/{consent_id}', 'audio', 'retrieveVoiceConsent', 'audio.voiceConsents.retrieve'),
  op('POST /audio/voice_consents/{consent_id}', 'audio', 'updateVoiceConsent', 'audio.voiceConsents.update'),
  op('DELETE /audio/voice_consents/{consent_id}', 'audio', 'deleteVoiceConsent', 'audio.voiceConsents.delete'),
  op('POST /audio/voices', 'audio', 'createVoice', 'audio.voices.create'),

  // @org/batches
  op('GET /batches', 'batches', 'listBatches', 'batches.list'),
  op('POST /batches', 'batches', 'createBatch', 'batches.create'),
  op('GET /batches/{batch_id}', 'batches', 'retrieveBatch', 'batches.retrieve'),
  op('POST /batches/{batch_id}/cancel', 'batches', 'cancelBatch', 'batches.cancel'),

  // @org/chat
  op('GET /chat/completions', 'chat', 'listChatCompletions', 'chat.completions.list'),
  op('POST /chat/completions', 'chat', 'createChatCompletion', 'chat.completions.create', {
    stream: { end: '[DONE]' },
  }),
  op('GET /chat/completions/{completion_id}', 'chat', 'retrieveChatCompletion', 'chat.completions.retrieve'),
  op('POST /chat/completions/{completion_id}', 'chat', 'updateChatCompletion', 'chat.completions.update'),
  op('DELETE /chat/completions/{completion_id}', 'chat', 'deleteChatCompletion', 'chat.completions.delete'),
  op(
    'GET /chat/completions/{completion_id}/messages',
    'chat',
    'listChatCompletionMessages',
    'chat.completions.messages.list',
  ),
  op('POST /completions', 'chat', 'createCompletion', 'completions.create', {
    stream: { event: 'CreateCompletionResponse', end: '[DONE]' },
  }),

  // @org/chatkit
  op('POST /chatkit/sessions/{session_id}/cancel', 'chatkit', 'cancelChatKitSession', 'beta.chatkit.sessions.cancel'),
  op('POST /chatkit/sessions', 'chatkit', 'createChatKitSession', 'beta.chatkit.sessions.create'),
  op('GET /chatkit/threads/{thread_id}/items', 'chatkit', 'listChatKitThreadItems', 'beta.chatkit.threads.listItems'),
  op('GET /chatkit/threads/{thread_id}', 'chatkit', 'retrieveChatKitThread', 'beta.chatkit.threads.retrieve'),
  op('DELETE /chatkit/threads/{thread_id}', 'chatkit', 'deleteChatKitThread', 'beta.chatkit.threads.delete'),
  op('GET /chatkit/threads', 'chatkit', 'listChatKitThreads', 'beta.chatkit.threads.list'),

  // @org/content-provenance
  op(
    'POST /content_provenance_checks',
    'content-provenance',
    'createContentProvenanceCheck',
    'contentProvenanceChecks.create',
  ),

  // @org/embeddings
  op('POST /embeddings', 'embeddings', 'createEmbedding', 'embeddings.create'),

  // @org/evals
  op('GET /evals', 'evals', 'listEvals', 'evals.list'),
  op('POST /evals', 'evals', 'createEval', 'evals.create'),
  op('GET /evals/{eval_id}', 'evals', 'retrieveEval', 'evals.retrieve'),
  op('POST /evals/{eval_id}', 'evals', 'updateEval', 'evals.update'),
  op('DELETE /evals/{eval_id}', 'evals', 'deleteEval', 'evals.delete'),
  op('GET /evals/{eval_id}/runs', 'evals', 'listEvalRuns', 'evals.runs.list'),
  op('POST /evals/{eval_id}/runs', 'evals', 'createEvalRun', 'evals.runs.create'),
  op('GET /evals/{eval_id}/runs/{run_id}', 'evals', 'retrieveEvalRun', 'evals.runs.retrieve'),
  op('POST /evals/{eval_id}/runs/{run_id}', 'evals', 'cancelEvalRun', 'evals.runs.cancel'),
  op('DELETE /evals/{eval_id}/runs/{run_id}', 'evals', 'deleteEvalRun', 'evals.runs.delete'),
  op(
    'GET /evals/{eval_id}/runs/{run_id}/output_items',
    'evals',
    'listEvalRunOutputItems',
    'evals.runs.outputItems.list',
  ),
  op(
    'GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}',
    'evals',
    'retrieveEvalRunOutputItem',
    'evals.runs.outputItems.retrieve',
  ),

  // @org/files: files, uploads, vector stores, containers
  op('GET /files', 'files', 'listFiles', 'files.list'),
  op('POST /files', 'files', 'createFile', 'files.create'),
  op('GET /files/{file_id}', 'files', 'retrieveFile', 'files.retrieve'),
  op('DELETE /files/{file_id}', 'files', 'deleteFile', 'files.delete'),
  op('GET /files/{file_id}/content', 'files', 'retrieveFileContent', 'files.content', { binary: true }),
  op('POST /uploads', 'files', 'createUpload', 'uploads.create'),
  op('POST /uploads/{upload_id}/cancel', 'files', 'cancelUpload', 'uploads.cancel'),
  op('POST /uploads/{upload_id}/complete', 'files', 'completeUpload', 'uploads.complete'),
  op('POST /uploads/{upload_id}/parts', 'files', 'addUploadPart', 'uploads.parts.create'),
  op('GET /vector_stores', 'files', 'listVectorStores', 'vectorStores.list'),
  op('POST /vector_stores', 'files', 'createVectorStore', 'vectorStores.create'),
  op('GET /vector_stores/{vector_store_id}', 'files', 'retrieveVectorStore', 'vectorStores.retrieve'),
  op('POST /vector_stores/{vector_store_id}', 'files', 'updateVectorStore', 'vectorStores.update'),
  op('DELETE /vector_stores/{vector_store_id}', 'files', 'deleteVectorStore', 'vectorStores.delete'),
  op('POST /vector_stores/{vector_store_id}/search', 'files', 'searchVectorStore', 'vectorStores.search'),
  op(
    'POST /vector_stores/{vector_store_id}/file_batches',
    'files',
    'createVectorStoreFileBatch',
    'vectorStores.fileBatches.create',
  ),
  op(
    'GET /vector_stores/{vector_store_id}/file_batches/{batch_id}',
    'files',
    'retrieveVectorStoreFileBatch',
    'vectorStores.fileBatches.retrieve',
  ),
  op(
    'POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel',
    'files',
    'cancelVectorStoreFileBatch',
    'vectorStores.fileBatches.cancel',
  ),
  op(
    'GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files',
    'files',
    'listVectorStoreFileBatchFiles',
    'vectorStores.fileBatches.listFiles',
  ),
  op('GET /vector_stores/{vector_store_id}/files', 'files', 'listVectorStoreFiles', 'vectorStores.files.list'),
  op('POST /vector_stores/{vector_store_id}/files', 'files', 'createVectorStoreFile', 'vectorStores.files.create'),
  op(
    'GET /vector_stores/{vector_store_id}/files/{file_id}',
    'files',
    'retrieveVectorStoreFile',
    'vectorStores.files.retrieve',
  ),
  op(
    'POST /vector_stores/{vector_store_id}/files/{file_id}',
    'files',
    'updateVectorStoreFile',
    'vectorStores.files.update',
  ),
  op(
    'DELETE /vector_stores/{vector_store_id}/files/{file_id}',
    'files',
    'deleteVectorStoreFile',
    'vectorStores.files.delete',
  ),
  op(
    'GET /vector_stores/{vector_store_id}/files/{file_id}/content',
    'files',
    'retrieveVectorStoreFileContent',
    'vectorStores.files.content',
  ),
  op('GET /containers', 'files', 'listContainers', 'containers.list'),
  op('POST /containers', 'files', 'createContainer', 'containers.create'),
  op('GET /containers/{container_id}', 'files', 'retrieveContainer', 'containers.retrieve'),
  op('DELETE /containers/{container_id}', 'files', 'deleteContainer', 'containers.delete'),
  op('GET /containers/{container_id}/files', 'files', 'listContainerFiles', 'containers.files.list'),
  op('POST /containers/{container_id}/files', 'files', 'createContainerFile', 'containers.files.create'),
  op('GET /containers/{container_id}/files/{file_id}', 'files', 'retrieveContainerFile', 'containers.files.retrieve'),
  op('DELETE /containers/{container_id}/files/{file_id}', 'files', 'deleteContainerFile', 'containers.files.delete'),
  op(
    'GET /containers/{container_id}/files/{file_id}/content',
    'files',
    'retrieveContainerFileContent',
    'containers.files.content.retrieve',
    { binary: true },
  ),

  // @org/fine-tuning (incl. alpha graders)
  op('POST /fine_tuning/alpha/graders/run', 'fine-tuning', 'runGrader', 'fineTuning.alpha.graders.run'),
  op('POST /fine_tuning/alpha/graders/validate', 'fine-tuning', 'validateGrader', 'fineTuning.alpha.graders.validate'),
  op(
    'GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions',
    'fine-tuning',
    'listFineTuningCheckpointPermissions',
    'fineTuning.checkpoints.permissions.list',
  ),
  op(
    'POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions',
    'fine-tuning',
    'createFineTuningCheckpointPermission',
    'fineTuning.checkpoints.permissions.create',
  ),
  op(
    'DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}',
    'fine-tuning',
    'deleteFineTuningCheckpointPermission',
    'fineTuning.checkpoints.permissions.delete',
  ),
  op('GET /fine_tuning/jobs', 'fine-tuning', 'listFineTuningJobs', 'fineTuning.jobs.list'),
  op('POST /fine_tuning/jobs', 'fine-tuning', 'createFineTuningJob', 'fineTuning.jobs.create'),
  op('GET /fine_tuning/jobs/{fine_tuning_job_id}', 'fine-tuning', 'retrieveFineTuningJob', 'fineTuning.jobs.retrieve'),
  op(
    'POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel',
    'fine-tuning',
    'cancelFineTuningJob',
    'fineTuning.jobs.cancel',
  ),
  op(
    'GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints',
    'fine-tuning',
    'listFineTuningJobCheckpoints',
    'fineTuning.jobs.checkpoints.list',
  ),
  op(
    'GET /fine_tuning/jobs/{fine_tuning_job_id}/events',
    'fine-tuning',
    'listFineTuningJobEvents',
    'fineTuning.jobs.listEvents',
  ),
  op('POST /fine_tuning/jobs/{fine_tuning_job_id}/pause', 'fine-tuning', 'pauseFineTuningJob', 'fineTuning.jobs.pause'),
  op(
    'POST /fine_tuning/jobs/{fine_tuning_job_id}/resume',
    'fine-tuning',
    'resumeFineTuningJob',
    'fineTuning.jobs.resume',
  ),

  // @org/images
  op('POST /images/edits', 'images', 'editImage', 'images.edit', {
    stream: { fn: 'streamImageEdit', end: ['image_edit.completed'] },
  }),
  op('POST /images/generations', 'images', 'generateImage', 'images.generate', {
    stream: { fn: 'streamImageGeneration', end: ['image_generation.completed'] },
  }),
  op('POST /images/variations', 'images', 'createImageVariation', 'images.createVariation'),

  // @org/models
  op('GET /models', 'models', 'listModels', 'models.list'),
  op('GET /models/{model}', 'models', 'retrieveModel', 'models.retrieve'),
  op('DELETE /models/{model}', 'models', 'deleteModel', 'models.delete'),

  // @org/moderations
  op('POST /moderations', 'moderations', 'createModeration', 'moderations.create'),

  // @org/admin: organization
  op('GET /organization/admin_api_keys', 'admin', 'listAdminApiKeys', 'admin.organization.adminAPIKeys.list'),
  op('POST /organization/admin_api_keys', 'admin', 'createAdminApiKey', 'admin.organization.adminAPIKeys.create'),
  op(
    'GET /organization/admin_api_keys/{key_id}',
    'admin',
    'retrieveAdminApiKey',
    'admin.organization.adminAPIKeys.retrieve',
  ),
  op(
    'DELETE /organization/admin_api_keys/{key_id}',
    'admin',
    'deleteAdminApiKey',
    'admin.organization.adminAPIKeys.delete',
  ),
  op('GET /organization/audit_logs', 'admin', 'listAuditLogs', 'admin.organization.auditLogs.list'),
  op('GET /organization/certificates', 'admin', 'listOrganizationCertificates', 'admin.organization.certificates.list'),
  op('POST /organization/certificates', 'admin', 'uploadCertificate', 'admin.organization.certificates.create'),
  op(
    'POST /organization/certificates/activate',
    'admin',
    'activateOrganizationCertificates',
    'admin.organization.certificates.activate',
  ),
  op(
    'POST /organization/certificates/deactivate',
    'admin',
    'deactivateOrganizationCertificates',
    'admin.organization.certificates.deactivate',
  ),
  op(
    'GET /organization/certificates/{certificate_id}',
    'admin',
    'retrieveCertificate',
    'admin.organization.certificates.retrieve',
  ),
  op(
    'POST /organization/certificates/{certificate_id}',
    'admin',
    'updateCertificate',
    'admin.organization.certificates.update',
  ),
  op(
    'DELETE /organization/certificates/{certificate_id}',
    'admin',
    'deleteCertificate',
    'admin.organization.certificates.delete',
  ),
  op('GET /organization/costs', 'admin', 'listCosts', 'admin.organization.usage.costs'),
  op(
    'GET /organization/data_retention',
    'admin',
    'retrieveOrganizationDataRetention',
    'admin.organization.dataRetention.retrieve',
  ),
  op(
    'POST /organization/data_retention',
    'admin',
    'updateOrganizationDataRetention',
    'admin.organization.dataRetention.update',
  ),
  op('GET /organization/groups', 'admin', 'listGroups', 'admin.organization.groups.list'),
  op('POST /organization/groups', 'admin', 'createGroup', 'admin.organization.groups.create'),
  op('GET /organization/groups/{group_id}', 'admin', 'retrieveGroup', 'admin.organization.groups.retrieve'),
  op('POST /organization/groups/{group_id}', 'admin', 'updateGroup', 'admin.organization.groups.update'),
  op('DELETE /organization/groups/{group_id}', 'admin', 'deleteGroup', 'admin.organization.groups.delete'),
  op(
    'GET /organization/groups/{group_id}/roles',
    'admin',
    'listGroupRoleAssignments',
    'admin.organization.groups.roles.list',
  ),
  op(
    'POST /organization/groups/{group_id}/roles',
    'admin',
    'assignGroupRole',
    'admin.organization.groups.roles.create',
  ),
  op(
    'GET /organization/groups/{group_id}/roles/{role_id}',
    'admin',
    'retrieveGroupRole',
    'admin.organization.groups.roles.retrieve',
  ),
  op(
    'DELETE /organization/groups/{group_id}/roles/{role_id}',
    'admin',
    'unassignGroupRole',
    'admin.organization.groups.roles.delete',
  ),
  op('GET /organization/groups/{group_id}/users', 'admin', 'listGroupUsers', 'admin.organization.groups.users.list'),
  op('POST /organization/groups/{group_id}/users', 'admin', 'addGroupUser', 'admin.organization.groups.users.create'),
  op(
    'GET /organization/groups/{group_id}/users/{user_id}',
    'admin',
    'retrieveGroupUser',
    'admin.organization.groups.users.retrieve',
  ),
  op(
    'DELETE /organization/groups/{group_id}/users/{user_id}',
    'admin',
    'removeGroupUser',
    'admin.organization.groups.users.delete',
  ),
  op('GET /organization/invites', 'admin', 'listInvites', 'admin.organization.invites.list'),
  op('POST /organization/invites', 'admin', 'createInvite', 'admin.organization.invites.create'),
  op('GET /organization/invites/{invite_id}', 'admin', 'retrieveInvite', 'admin.organization.invites.retrieve'),
  op('DELETE /organization/invites/{invite_id}', 'admin', 'deleteInvite', 'admin.organization.invites.delete'),
  op('GET /organization/projects', 'admin', 'listProjects', 'admin.organization.projects.list'),
  op('POST /organization/projects', 'admin', 'createProject', 'admin.organization.projects.create'),
  op('GET /organization/projects/{project_id}', 'admin', 'retrieveProject', 'admin.organization.projects.retrieve'),
  op('POST /organization/projects/{project_id}', 'admin', 'updateProject', 'admin.organization.projects.update'),
  op(
    'GET /organization/projects/{project_id}/api_keys',
    'admin',
    'listProjectApiKeys',
    'admin.organization.projects.apiKeys.list',
  ),
  op(
    'GET /organization/projects/{project_id}/api_keys/{api_key_id}',
    'admin',
    'retrieveProjectApiKey',
    'admin.organization.projects.apiKeys.retrieve',
  ),
  op(
    'DELETE /organization/projects/{project_id}/api_keys/{api_key_id}',
    'admin',
    'deleteProjectApiKey',
    'admin.organization.projects.apiKeys.delete',
  ),
  op(
    'POST /organization/projects/{project_id}/archive',
    'admin',
    'archiveProject',
    'admin.organization.projects.archive',
  ),
  op(
    'GET /organization/projects/{project_id}/certificates',
    'admin',
    'listProjectCertificates',
    'admin.organization.projects.certificates.list',
  ),
  op(
    'POST /organization/projects/{project_id}/certificates/activate',
    'admin',
    'activateProjectCertificates',
    'admin.organization.projects.certificates.activate',
  ),
  op(
    'POST /organization/projects/{project_id}/certificates/deactivate',
    'admin',
    'deactivateProjectCertificates',
    'admin.organization.projects.certificates.deactivate',
  ),
  op(
    'GET /organization/projects/{project_id}/data_retention',
    'admin',
    'retrieveProjectDataRetention',
    'admin.organization.projects.dataRetention.retrieve',
  ),
  op(
    'POST /organization/projects/{project_id}/data_retention',
    'admin',
    'updateProjectDataRetention',
    'admin.organization.projects.dataRetention.update',
  ),
  op(
    'GET /organization/projects/{project_id}/groups',
    'admin',
    'listProjectGroups',
    'admin.organization.projects.groups.list',
  ),
  op(
    'POST /organization/projects/{project_id}/groups',
    'admin',
    'addProjectGroup',
    'admin.organization.projects.groups.create',
  ),
  op(
    'GET /organization/projects/{project_id}/groups/{group_id}',
    'admin',
    'retrieveProjectGroup',
    'admin.organization.projects.groups.retrieve',
  ),
  op(
    'DELETE /organization/projects/{project_id}/groups/{group_id}',
    'admin',
    'removeProjectGroup',
    'admin.organization.projects.groups.delete',
  ),
  op(
    'GET /organization/projects/{project_id}/hosted_tool_permissions',
    'admin',
    'retrieveProjectHostedToolPermissions',
    'admin.organization.projects.hostedToolPermissions.retrieve',
  ),
  op(
    'POST /organization/projects/{project_id}/hosted_tool_permissions',
    'admin',
    'updateProjectHostedToolPermissions',
    'admin.organization.projects.hostedToolPermissions.update',
  ),
  op(
    'GET /organization/projects/{project_id}/model_permissions',
    'admin',
    'retrieveProjectModelPermissions',
    'admin.organization.projects.modelPermissions.retrieve',
  ),
  op(
    'POST /organization/projects/{project_id}/model_permissions',
    'admin',
    'updateProjectModelPermissions',
    'admin.organization.projects.modelPermissions.update',
  ),
  op(
    'DELETE /organization/projects/{project_id}/model_permissions',
    'admin',
    'deleteProjectModelPermissions',
    'admin.organization.projects.modelPermissions.delete',
  ),
  op(
    'GET /organization/projects/{project_id}/rate_limits',
    'admin',
    'listProjectRateLimits',
    'admin.organization.projects.rateLimits.listRateLimits',
  ),
  op(
    'POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}',
    'admin',
    'updateProjectRateLimit',
    'admin.organization.projects.rateLimits.updateRateLimit',
  ),
  op(
    'GET /organization/projects/{project_id}/service_accounts',
    'admin',
    'listProjectServiceAccounts',
    'admin.organization.projects.serviceAccounts.list',
  ),
  op(
    'POST /organization/projects/{project_id}/service_accounts',
    'admin',
    'createProjectServiceAccount',
    'admin.organization.projects.serviceAccounts.create',
  ),
  op(
    'GET /organization/projects/{project_id}/service_accounts/{service_account_id}',
    'admin',
    'retrieveProjectServiceAccount',
    'admin.organization.projects.serviceAccounts.retrieve',
  ),
  op(
    'POST /organization/projects/{project_id}/service_accounts/{service_account_id}',
    'admin',
    'updateProjectServiceAccount',
    'admin.organization.projects.serviceAccounts.update',
  ),
  op(
    'DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}',
    'admin',
    'deleteProjectServiceAccount',
    'admin.organization.projects.serviceAccounts.delete',
  ),
  op(
    'POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys',
    'admin',
    'createProjectServiceAccountApiKey',
    'admin.organization.projects.serviceAccounts.apiKeys.create',
  ),
  op(
    'GET /organization/projects/{project_id}/spend_alerts',
    'admin',
    'listProjectSpendAlerts',
    'admin.organization.projects.spendAlerts.list',
  ),
  op(
    'POST /organization/projects/{project_id}/spend_alerts',
    'admin',
    'createProjectSpendAlert',
    'admin.organization.projects.spendAlerts.create',
  ),
  op(
    'GET /organization/projects/{project_id}/spend_alerts/{alert_id}',
    'admin',
    'retrieveProjectSpendAlert',
    'admin.organization.projects.spendAlerts.retrieve',
  ),
  op(
    'POST /organization/projects/{project_id}/spend_alerts/{alert_id}',
    'admin',
    'updateProjectSpendAlert',
    'admin.organization.projects.spendAlerts.update',
  ),
  op(
    'DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}',
    'admin',
    'deleteProjectSpendAlert',
    'admin.organization.projects.spendAlerts.delete',
  ),
  op(
    'GET /organization/projects/{project_id}/spend_limit',
    'admin',
    'retrieveProjectSpendLimit',
    'admin.organization.projects.spendLimit.retrieve',
  ),
  op(
    'POST /organization/projects/{project_id}/spend_limit',
    'admin',
    'updateProjectSpendLimit',
    'admin.organization.projects.spendLimit.update',
  ),
  op(
    'DELETE /organization/projects/{project_id}/spend_limit',
    'admin',
    'deleteProjectSpendLimit',
    'admin.organization.projects.spendLimit.delete',
  ),
  op(
    'GET /organization/projects/{project_id}/users',
    'admin',
    'listProjectUsers',
    'admin.organization.projects.users.list',
  ),
  op(
    'POST /organization/projects/{project_id}/users',
    'admin',
    'createProjectUser',
    'admin.organization.projects.users.create',
  ),
  op(
    'GET /organization/projects/{project_id}/users/{user_id}',
    'admin',
    'retrieveProjectUser',
    'admin.organization.projects.users.retrieve',
  ),
  op(
    'POST /organization/projects/{project_id}/users/{user_id}',
    'admin',
    'updateProjectUser',
    'admin.organization.projects.users.update',
  ),
  op(
    'DELETE /organization/projects/{project_id}/users/{user_id}',
    'admin',
    'deleteProjectUser',
    'admin.organization.projects.users.delete',
  ),
  op('GET /organization/roles', 'admin', 'listRoles', 'admin.organization.roles.list'),
  op('POST /organization/roles', 'admin', 'createRole', 'admin.organization.roles.create'),
  op('GET /organization/roles/{role_id}', 'admin', 'retrieveRole', 'admin.organization.roles.retrieve'),
  op('POST /organization/roles/{role_id}', 'admin', 'updateRole', 'admin.organization.roles.update'),
  op('DELETE /organization/roles/{role_id}', 'admin', 'deleteRole', 'admin.organization.roles.delete'),
  op('GET /organization/spend_alerts', 'admin', 'listOrganizationSpendAlerts', 'admin.organization.spendAlerts.list'),
  op(
    'POST /organization/spend_alerts',
    'admin',
    'createOrganizationSpendAlert',
    'admin.organization.spendAlerts.create',
  ),
  op(
    'GET /organization/spend_alerts/{alert_id}',
    'admin',
    'retrieveOrganizationSpendAlert',
    'admin.organization.spendAlerts.retrieve',
  ),
  op(
    'POST /organization/spend_alerts/{alert_id}',
    'admin',
    'updateOrganizationSpendAlert',
    'admin.organization.spendAlerts.update',
  ),
  op(
    'DELETE /organization/spend_alerts/{alert_id}',
    'admin',
    'deleteOrganizationSpendAlert',
    'admin.organization.spendAlerts.delete',
  ),
  op(
    'GET /organization/spend_limit',
    'admin',
    'retrieveOrganizationSpendLimit',
    'admin.organization.spendLimit.retrieve',
  ),
  op('POST /organization/spend_limit', 'admin', 'updateOrganizationSpendLimit', 'admin.organization.spendLimit.update'),
  op(
    'DELETE /organization/spend_limit',
    'admin',
    'deleteOrganizationSpendLimit',
    'admin.organization.spendLimit.delete',
  ),
  op(
    'GET /organization/usage/audio_speeches',
    'admin',
    'listAudioSpeechesUsage',
    'admin.organization.usage.audioSpeeches',
  ),
  op(
    'GET /organization/usage/audio_transcriptions',
    'admin',
    'listAudioTranscriptionsUsage',
    'admin.organization.usage.audioTranscriptions',
  ),
  op(
    'GET /organization/usage/code_interpreter_sessions',
    'admin',
    'listCodeInterpreterSessionsUsage',
    'admin.organization.usage.codeInterpreterSessions',
  ),
  op('GET /organization/usage/completions', 'admin', 'listCompletionsUsage', 'admin.organization.usage.completions'),
  op('GET /organization/usage/embeddings', 'admin', 'listEmbeddingsUsage', 'admin.organization.usage.embeddings'),
  op(
    'GET /organization/usage/file_search_calls',
    'admin',
    'listFileSearchCallsUsage',
    'admin.organization.usage.fileSearchCalls',
  ),
  op('GET /organization/usage/images', 'admin', 'listImagesUsage', 'admin.organization.usage.images'),
  op('GET /organization/usage/moderations', 'admin', 'listModerationsUsage', 'admin.organization.usage.moderations'),
  op(
    'GET /organization/usage/vector_stores',
    'admin',
    'listVectorStoresUsage',
    'admin.organization.usage.vectorStores',
  ),
  op(
    'GET /organization/usage/web_search_calls',
    'admin',
    'listWebSearchCallsUsage',
    'admin.organization.usage.webSearchCalls',
  ),
  op('GET /organization/users', 'admin', 'listUsers', 'admin.organization.users.list'),
  op('GET /organization/users/{user_id}', 'admin', 'retrieveUser', 'admin.organization.users.retrieve'),
  op('POST /organization/users/{user_id}', 'admin', 'updateUser', 'admin.organization.users.update'),
  op('DELETE /organization/users/{user_id}', 'admin', 'deleteUser', 'admin.organization.users.delete'),
  op(
    'GET /organization/users/{user_id}/roles',
    'admin',
    'listUserRoleAssignments',
    'admin.organization.users.roles.list',
  ),
  op('POST /organization/users/{user_id}/roles', 'admin', 'assignUserRole', 'admin.organization.users.roles.create'),
  op(
    'GET /organization/users/{user_id}/roles/{role_id}',
    'admin',
    'retrieveUserRole',
    'admin.organization.users.roles.retrieve',
  ),
  op(
    'DELETE /organization/users/{user_id}/roles/{role_id}',
    'admin',
    'unassignUserRole',
    'admin.organization.users.roles.delete',
  ),
  op(
    'GET /projects/{project_id}/groups/{group_id}/roles',
    'admin',
    'listProjectGroupRoleAssignments',
    'admin.organization.projects.groups.roles.list',
  ),
  op(
    'POST /projects/{project_id}/groups/{group_id}/roles',
    'admin',
    'assignProjectGroupRole',
    'admin.organization.projects.groups.roles.create',
  ),
  op(
    'GET /projects/{project_id}/groups/{group_id}/roles/{role_id}',
    'admin',
    'retrieveProjectGroupRole',
    'admin.organization.projects.groups.roles.retrieve',
  ),
  op(
    'DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id}',
    'admin',
    'unassignProjectGroupRole',
    'admin.organization.projects.groups.roles.delete',
  ),
  op('GET /projects/{project_id}/roles', 'admin', 'listProjectRoles', 'admin.organization.projects.roles.list'),
  op('POST /projects/{project_id}/roles', 'admin', 'createProjectRole', 'admin.organization.projects.roles.create'),
  op(
    'GET /projects/{project_id}/roles/{role_id}',
    'admin',
    'retrieveProjectRole',
    'admin.organization.projects.roles.retrieve',
  ),
  op(
    'POST /projects/{project_id}/roles/{role_id}',
    'admin',
    'updateProjectRole',
    'admin.organization.projects.roles.update',
  ),
  op(
    'DELETE /projects/{project_id}/roles/{role_id}',
    'admin',
    'deleteProjectRole',
    'admin.organization.projects.roles.delete',
  ),
  op(
    'GET /projects/{project_id}/users/{user_id}/roles',
    'admin',
    'listProjectUserRoleAssignments',
    'admin.organization.projects.users.roles.list',
  ),
  op(
    'POST /projects/{project_id}/users/{user_id}/roles',
    'admin',
    'assignProjectUserRole',
    'admin.organization.projects.users.roles.create',
  ),
  op(
    'GET /projects/{project_id}/users/{user_id}/roles/{role_id}',
    'admin',
    'retrieveProjectUserRole',
    'admin.organization.projects.users.roles.retrieve',
  ),
  op(
    'DELETE /projects/{project_id}/users/{user_id}/roles/{role_id}',
    'admin',
    'unassignProjectUserRole',
    'admin.organization.projects.users.roles.delete',
  ),

  // @org/realtime (REST part)
  op('POST /realtime/calls', 'realtime', 'createRealtimeCall', 'realtime.calls.create'),
  op('POST /realtime/calls/{call_id}/accept', 'realtime', 'acceptRealtimeCall', 'realtime.calls.accept'),
  op('POST /realtime/calls/{call_id}/hangup', 'realtime', 'hangUpRealtimeCall', 'realtime.calls.hangup'),
  op('POST /realtime/calls/{call_id}/refer', 'realtime', 'referRealtimeCall', 'realtime.calls.refer'),
  op('POST /realtime/calls/{call_id}/reject', 'realtime', 'rejectRealtimeCall', 'realtime.calls.reject'),
  op('POST /realtime/client_secrets', 'realtime', 'createRealtimeClientSecret', 'realtime.clientSecrets.create'),
  op('POST /realtime/sessions', 'realtime', 'createRealtimeSession', 'beta.realtime.sessions.create'),
  op(
    'POST /realtime/transcription_sessions',
    'realtime',
    'createRealtimeTranscriptionSession',
    'beta.realtime.transcriptionSessions.create',
  ),
  op(
    'POST /realtime/translations/client_secrets',
    'realtime',
    'createRealtimeTranslationClientSecret',
    'realtime.translations.clientSecrets.create',
  ),

  // @org/responses: responses, conversations, and the beta surface
  op('POST /responses', 'responses', 'createResponse', 'responses.create', { stream: { end: responseEnd } }),
  op('GET /responses/{response_id}', 'responses', 'retrieveResponse', 'responses.retrieve', {
    stream: { event: 'ResponseStreamEvent', location: 'query', fn: 'resumeResponseStream', end: responseEnd },
  }),
  op('DELETE /responses/{response_id}', 'responses', 'deleteResponse', 'responses.delete'),
  op('POST /responses/{response_id}/cancel', 'responses', 'cancelResponse', 'responses.cancel'),
  op('POST /responses/compact', 'responses', 'compactResponse', 'responses.compact'),
  op('GET /responses/{response_id}/input_items', 'responses', 'listResponseInputItems', 'responses.inputItems.list'),
  op('POST /responses/input_tokens', 'responses', 'countResponseInputTokens', 'responses.inputTokens.count'),
  op('POST /conversations', 'responses', 'createConversation', 'conversations.create'),
  op('GET /conversations/{conversation_id}', 'responses', 'retrieveConversation', 'conversations.retrieve'),
  op('POST /conversations/{conversation_id}', 'responses', 'updateConversation', 'conversations.update'),
  op('DELETE /conversations/{conversation_id}', 'responses', 'deleteConversation', 'conversations.delete'),
  op('GET /conversations/{conversation_id}/items', 'responses', 'listConversationItems', 'conversations.items.list'),
  op(
    'POST /conversations/{conversation_id}/items',
    'responses',
    'createConversationItems',
    'conversations.items.create',
  ),
  op(
    'GET /conversations/{conversation_id}/items/{item_id}',
    'responses',
    'retrieveConversationItem',
    'conversations.items.retrieve',
  ),
  op(
    'DELETE /conversations/{conversation_id}/items/{item_id}',
    'responses',
    'deleteConversationItem',
    'conversations.items.delete',
  ),
  op('POST /responses?beta=true', 'responses', 'createBetaResponse', 'beta.responses.create', {
    stream: { end: responseEnd },
  }),
  op('GET /responses/{response_id}?beta=true', 'responses', 'retrieveBetaResponse', 'beta.responses.retrieve', {
    stream: { event: 'BetaResponseStreamEvent', location: 'query', fn: 'resumeBetaResponseStream', end: responseEnd },
  }),
  op('DELETE /responses/{response_id}?beta=true', 'responses', 'deleteBetaResponse', 'beta.responses.delete'),
  op('POST /responses/{response_id}/cancel?beta=true', 'responses', 'cancelBetaResponse', 'beta.responses.cancel'),
  op('POST /responses/compact?beta=true', 'responses', 'compactBetaResponse', 'beta.responses.compact'),
  op(
    'GET /responses/{response_id}/input_items?beta=true',
    'responses',
    'listBetaResponseInputItems',
    'beta.responses.inputItems.list',
  ),
  op(
    'POST /responses/input_tokens?beta=true',
    'responses',
    'countBetaResponseInputTokens',
    'beta.responses.inputTokens.count',
  ),

  // @org/skills
  op('GET /skills', 'skills', 'listSkills', 'skills.list'),
  op('POST /skills', 'skills', 'createSkill', 'skills.create'),
  op('GET /skills/{skill_id}', 'skills', 'retrieveSkill', 'skills.retrieve'),
  op('POST /skills/{skill_id}', 'skills', 'updateSkill', 'skills.update'),
  op('DELETE /skills/{skill_id}', 'skills', 'deleteSkill', 'skills.delete'),
  op('GET /skills/{skill_id}/content', 'skills', 'retrieveSkillContent', 'skills.content.retrieve'),
  op('GET /skills/{skill_id}/versions', 'skills', 'listSkillVersions', 'skills.versions.list'),
  op('POST /skills/{skill_id}/versions', 'skills', 'createSkillVersion', 'skills.versions.create'),
  op('GET /skills/{skill_id}/versions/{version}', 'skills', 'retrieveSkillVersion', 'skills.versions.retrieve'),
  op('DELETE /skills/{skill_id}/versions/{version}', 'skills', 'deleteSkillVersion', 'skills.versions.delete'),
  op(
    'GET /skills/{skill_id}/versions/{version}/content',
    'skills',
    'retrieveSkillVersionContent',
    'skills.versions.content.retrieve',
  ),

  // @org/videos
  op('GET /videos', 'videos', 'listVideos', 'videos.list'),
  op('POST /videos', 'videos', 'createVideo', 'videos.create'),
  op('POST /videos/characters', 'videos', 'createVideoCharacter', 'videos.createCharacter'),
  op('GET /videos/characters/{character_id}', 'videos', 'retrieveVideoCharacter', 'videos.getCharacter'),
  op('POST /videos/edits', 'videos', 'editVideo', 'videos.edit'),
  op('POST /videos/extensions', 'videos', 'extendVideo', 'videos.extend'),
  op('GET /videos/{video_id}', 'videos', 'retrieveVideo', 'videos.retrieve'),
  op('DELETE /videos/{video_id}', 'videos', 'deleteVideo', 'videos.delete'),
  op('GET /videos/{video_id}/content', 'videos', 'downloadVideoContent', 'videos.downloadContent'),
  op('POST /videos/{video_id}/remix', 'videos', 'remixVideo', 'videos.remix'),
];
