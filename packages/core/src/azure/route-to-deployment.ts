import type { RequestSpec } from '../request/request-spec.js';
import { isMultipartBody } from '../uploads/is-multipart-body.js';
import { isRecord } from '../utils/is-record.js';
import { deploymentPaths } from './deployment-paths.js';

/** The body's `model`, in JSON or in the fields of a multipart upload (an image edit, a transcription). */
function modelOf(body: unknown): string | undefined {
  const fields = isMultipartBody(body) ? body.fields : body;
  const model = isRecord(fields) ? fields.model : undefined;
  return typeof model === 'string' ? model : undefined;
}

/**
 * The call moved below `/deployments/<deployment>` when Azure serves its operation there: the client's deployment, or
 * else the call's `model`. The name goes in as a path parameter, so it is percent-encoded as one segment, and an empty,
 * `.` or `..` model is refused naming `model` rather than reaching another route.
 */
export function routeToDeployment(spec: RequestSpec, deployment: string | undefined): RequestSpec {
  if (spec.method !== 'POST' || !deploymentPaths.has(spec.path)) return spec;
  const model = deployment ?? modelOf(spec.body);
  if (model === undefined) return spec;
  return { ...spec, path: `/deployments/{model}${spec.path}`, pathParams: { ...spec.pathParams, model } };
}
