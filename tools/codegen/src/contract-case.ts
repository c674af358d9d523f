import type { ReplySpec } from '@org/testing';
import { findOperation, parseRoute } from './describe-operation.js';
import { type FormField, formFields } from './form-fields.js';
import type { OperationEntry } from './operation-table.js';
import { queryParamName } from './query-param-name.js';
import { SchemaSampler } from './sample-from-schema.js';
import { isSdkOnly } from './sdk-only-fields.js';
import type { HttpMethod, OpenApiSpec, OperationObject, ParameterObject, SchemaObject } from './spec-types.js';

export interface ContractBody {
  encoding: 'json' | 'multipart';
  /** The sample passed to the function; files are Blobs. */
  value: Record<string, unknown>;
  /** The schema of the encoding the body goes out in. */
  schema: SchemaObject;
  /** Multipart fields the spec's `encoding` sends as one JSON part instead of bracketed fields. */
  jsonFields: string[];
}

export type ContractReply =
  | {
      kind: 'json';
      status: number;
      value: unknown;
      schema: SchemaObject;
      /** Fields the spec declares for SDKs to fill (`x-oaiSupportedSDKs`): the server never sends them. */
      sdkOnly: string[];
    }
  | { kind: 'page'; status: number; value: Record<string, unknown>; item: unknown; schema: SchemaObject }
  | { kind: 'binary'; status: number; bytes: Uint8Array; contentType: string }
  | { kind: 'empty'; status: number };

/** A header parameter as the official client takes it: a params field, sent as its header. */
export interface ContractHeader {
  header: string;
  /** The params field (`betas` for `openai-beta`). */
  field: string;
  value: unknown;
  /** The header as it must arrive. */
  wire: string;
}

/** One call of an operation's function with a minimal valid request, and what the wire and the result must show. */
export interface ContractCase {
  name: string;
  entry: OperationEntry;
  method: HttpMethod;
  /** The route as `@org/testing` matches it: the spec path without `?beta=true`. */
  route: string;
  /** A `?beta=true` operation: the query carries `beta=true`. */
  beta: boolean;
  /** The function's arguments after the client: path values, then the body and query when the operation has them. */
  args: unknown[];
  pathParams: Record<string, string>;
  /** The raw path the server must receive: each value percent-encoded inside its own segment. */
  path: string;
  query: Record<string, unknown>;
  /** The query as `name=value` pairs, sorted, the way the server must receive it. */
  queryPairs: string[];
  querySchemas: Record<string, SchemaObject>;
  body: ContractBody | undefined;
  reply: ContractReply;
  headerParams: ContractHeader[];
}

const jsonType = 'application/json';
const multipartType = 'multipart/form-data';
const eventStreamType = 'text/event-stream';

/** Binary-safe reply bytes: NUL, DEL and two bytes that are not UTF-8 on their own. */
const sampleBytes = new Uint8Array([0x00, 0x7f, 0x80, 0xff]);

/** A path value that must be encoded to stay in its segment, and that names its parameter (so swaps show). */
function pathValue(name: string): { raw: string; encoded: string } {
  return { raw: `${name} with/slash?and#hash`, encoded: `${name}%20with%2Fslash%3Fand%23hash` };
}

function operationParameters(spec: OpenApiSpec, route: string): ParameterObject[] {
  const { specPath } = parseRoute(route);
  return [...(spec.paths[specPath]?.parameters ?? []), ...(findOperation(spec, route).parameters ?? [])];
}

/** True when a top-level field is a file: what makes the generated function send multipart. */
function hasFile(body: Record<string, unknown>): boolean {
  return Object.values(body).some((value) =>
    Array.isArray(value) ? value.some((item) => item instanceof Blob) : value instanceof Blob,
  );
}

function successResponse(operation: OperationObject): {
  status: number;
  content: Record<string, { schema?: SchemaObject }>;
} {
  const code = Object.keys(operation.responses)
    .filter((status) => /^2\d\d$/.test(status))
    .sort()[0];
  if (code === undefined) throw new Error('no 2xx response');
  return { status: Number(code), content: operation.responses[code]?.content ?? {} };
}

function resolveRef(schema: SchemaObject, components: Record<string, SchemaObject>): SchemaObject {
  return schema.$ref === undefined ? schema : (components[schema.$ref.replace('#/components/schemas/', '')] ?? {});
}

/** Property schemas of an object schema, through `$ref` and `allOf`. */
function propertiesOf(schema: SchemaObject, components: Record<string, SchemaObject>): Record<string, SchemaObject> {
  const resolved = resolveRef(schema, components);
  const inherited = (resolved.allOf ?? []).map((member) => propertiesOf(member, components));
  return Object.assign({}, ...inherited, resolved.properties);
}

function buildReply(
  spec: OpenApiSpec,
  entry: OperationEntry,
  queryNames: ReadonlySet<string>,
  sampler: SchemaSampler,
): ContractReply {
  const { status, content } = successResponse(findOperation(spec, entry.route));
  const types = Object.keys(content).filter((type) => type !== eventStreamType);
  const binaryType = entry.binary === true ? 'application/octet-stream' : types.find((type) => type !== jsonType);
  if (binaryType !== undefined) return { kind: 'binary', status, bytes: sampleBytes, contentType: binaryType };
  const schema = content[jsonType]?.schema;
  if (schema === undefined) return { kind: 'empty', status };
  const value = sampler.sample(schema);
  // A list: a page with `data` and `has_more`, on an operation with an `after` or `page` cursor; or a list object
  // that a GET sends whole, with `data` and no `has_more`.
  const properties = propertiesOf(schema, spec.components.schemas);
  const items = properties.data === undefined ? undefined : resolveRef(properties.data, spec.components.schemas).items;
  const cursor = queryNames.has('after') || queryNames.has('page');
  const paged = cursor && properties.has_more !== undefined;
  const whole = entry.route.startsWith('GET ') && properties.has_more === undefined && properties.object !== undefined;
  if ((paged || whole) && items !== undefined) {
    const item = sampler.sample(items);
    return { kind: 'page', status, value: { ...(value as Record<string, unknown>), data: [item] }, item, schema };
  }
  return { kind: 'json', status, value, schema, sdkOnly: sdkOnlyFields(properties, spec.components.schemas) };
}

function sdkOnlyFields(properties: Record<string, SchemaObject>, components: Record<string, SchemaObject>): string[] {
  const resolve = (schema: SchemaObject) => resolveRef(schema, components);
  return Object.keys(properties).filter((name) => isSdkOnly(properties[name]!, resolve));
}

/**
 * The multipart form of a body: the minimal sample, plus a file when no required field carries one (the file is
 * what makes it multipart) and the fields the spec encodes as JSON parts (so their encoding is exercised).
 */
function multipartBody(
  schema: SchemaObject,
  encoding: Record<string, { contentType?: string }>,
  components: Record<string, SchemaObject>,
): ContractBody {
  const file = () => new Blob(['sample file'], { type: 'application/octet-stream' });
  const sampler = new SchemaSampler(components, { file });
  const value = sampler.sample(schema) as Record<string, unknown>;
  const properties = propertiesOf(schema, components);
  if (!hasFile(value)) {
    for (const [name, property] of Object.entries(properties)) {
      const sample = sampler.sample(property);
      if (!hasFile({ [name]: sample })) continue;
      value[name] = sample;
      break;
    }
  }
  const jsonFields = Object.keys(encoding).filter((name) => encoding[name]?.contentType === jsonType);
  for (const name of jsonFields) value[name] ??= sampler.sample(properties[name] ?? {});
  return { encoding: 'multipart', value, schema, jsonFields };
}

function bodyVariants(spec: OpenApiSpec, entry: OperationEntry): ContractBody[] {
  const content = findOperation(spec, entry.route).requestBody?.content;
  if (content === undefined) return [];
  const components = spec.components.schemas;
  const json = content[jsonType]?.schema;
  const multipart = content[multipartType];
  const variants: ContractBody[] = [];
  if (multipart?.schema !== undefined) {
    const body = multipartBody(multipart.schema, multipart.encoding ?? {}, components);
    // An operation that also takes JSON sends a body without a file as JSON: that is the JSON variant below.
    if (json === undefined || hasFile(body.value)) variants.push(body);
  }
  if (json !== undefined) {
    const value = new SchemaSampler(components).sample(json) as Record<string, unknown>;
    variants.push({ encoding: 'json', value, schema: json, jsonFields: [] });
  }
  return variants;
}

/** The query as the server must receive it: bracketed `name=value` pairs, sorted, with `beta=true` when asked. */
export function expectedQuery(query: Record<string, unknown>, beta: boolean): string[] {
  const fields = Object.entries(query).flatMap(([name, value]) => formFields(name, value));
  if (beta) fields.push(['beta', 'true']);
  return fields.map(([name, value]) => `${name}=${String(value)}`).sort();
}

/** The fields a multipart body must arrive as: bracketed fields, and one JSON part where the spec's encoding says so. */
export function multipartFields(body: ContractBody): FormField[] {
  return Object.entries(body.value).flatMap(([name, value]): FormField[] =>
    body.jsonFields.includes(name) ? [[name, JSON.stringify(value)]] : formFields(name, value),
  );
}

/** The operation's contract cases: one, or one per body encoding when it takes JSON or multipart. */
export function contractCases(spec: OpenApiSpec, entry: OperationEntry): ContractCase[] {
  const { httpMethod, specPath } = parseRoute(entry.route);
  const route = specPath.replace(/\?beta=true$/, '');
  const sampler = new SchemaSampler(spec.components.schemas);
  const parameters = operationParameters(spec, entry.route);
  const pathNames = [...route.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const pathParams = Object.fromEntries(pathNames.map((name) => [name, pathValue(name).raw]));
  const path = `/v1${route.replace(/\{([^}]+)\}/g, (_, name: string) => pathValue(name).encoded)}`;
  const queryParameters = parameters.filter((parameter) => parameter.in === 'query');
  // Named as the generated query types name them; the URL keeps the spec's brackets (`queryPairs`).
  const querySchemas = Object.fromEntries(
    queryParameters.map((param) => [queryParamName(param.name), param.schema ?? {}]),
  );
  const query = Object.fromEntries(
    Object.entries(querySchemas).map(([name, schema]) => [name, sampler.sample(schema)]),
  );
  const beta = route !== specPath;
  const queryPairs = expectedQuery(query, beta);
  const reply = buildReply(spec, entry, new Set(queryParameters.map((param) => param.name)), sampler);
  const headerParams = parameters
    .filter((parameter) => parameter.in === 'header')
    .map((parameter): ContractHeader => {
      const value = sampler.sample(parameter.schema ?? {});
      const field = (parameter.schema as { 'x-stainless-param'?: string } | undefined)?.['x-stainless-param'];
      return { header: parameter.name, field: field ?? parameter.name, value, wire: String(value) };
    });
  const base = {
    entry,
    method: httpMethod,
    route,
    beta,
    pathParams,
    path,
    query,
    queryPairs,
    querySchemas,
    reply,
    headerParams,
  };
  const pathArgs = pathNames.map((name) => pathParams[name]);
  const queryArgs = queryParameters.length > 0 ? [query] : [];
  const variants = bodyVariants(spec, entry);
  if (variants.length === 0) {
    return [{ ...base, name: entry.route, args: [...pathArgs, ...queryArgs], body: undefined }];
  }
  return variants.map((body) => ({
    ...base,
    name: variants.length > 1 ? `${entry.route} (${body.encoding})` : entry.route,
    args: [...pathArgs, body.value, ...queryArgs],
    body,
  }));
}

/** What `@org/testing` answers a case with: the sampled JSON, page, bytes or an empty reply. */
export function replySpec(reply: ContractReply): ReplySpec {
  switch (reply.kind) {
    case 'json':
    case 'page':
      return { status: reply.status, json: reply.value };
    case 'binary':
      return { status: reply.status, body: reply.bytes, headers: { 'content-type': reply.contentType } };
    case 'empty':
      return { status: reply.status };
  }
}
