import { apiReferenceLink } from './api-reference-link.js';
import { fileFields } from './file-fields.js';
import { camelCase, upperFirst } from './naming.js';
import type {
  BodyModel,
  LocalType,
  OperationModel,
  PathParam,
  QueryModel,
  ResultModel,
  StreamModel,
} from './operation-model.js';
import type { OperationEntry } from './operation-table.js';
import { type PrintContext, printType, unionOf } from './print-type.js';
import { queryParamName } from './query-param-name.js';
import type { SchemaRegistry } from './schema-registry.js';
import { isSdkOnly, sdkOnlyFillers } from './sdk-only-fields.js';
import type { HttpMethod, OpenApiSpec, OperationObject, ParameterObject, SchemaObject } from './spec-types.js';

const reservedArguments = new Set(['client', 'body', 'query', 'options', 'request']);
const jsonType = 'application/json';
const multipartType = 'multipart/form-data';
const eventStreamType = 'text/event-stream';

export function parseRoute(route: string): { httpMethod: HttpMethod; specPath: string } {
  const [method, specPath] = route.split(' ');
  if (specPath === undefined) throw new Error(`Bad route ${route}`);
  return { httpMethod: method as HttpMethod, specPath };
}

export function findOperation(spec: OpenApiSpec, route: string): OperationObject {
  const { httpMethod, specPath } = parseRoute(route);
  const operation = spec.paths[specPath]?.[httpMethod.toLowerCase() as Lowercase<HttpMethod>];
  if (operation === undefined) throw new Error(`The spec has no operation ${route}`);
  return operation;
}

/** Properties of an object schema, following `$ref` and `allOf`, with whether any is required. */
function objectFields(schema: SchemaObject, registry: SchemaRegistry, depth = 0): Map<string, SchemaObject> {
  const fields = new Map<string, SchemaObject>();
  if (depth > 16) return fields;
  const resolved = registry.resolve(schema);
  for (const member of resolved.allOf ?? []) {
    for (const [key, value] of objectFields(member, registry, depth + 1)) fields.set(key, value);
  }
  for (const [key, value] of Object.entries(resolved.properties ?? {})) fields.set(key, value);
  return fields;
}

function hasRequiredFields(schema: SchemaObject, registry: SchemaRegistry, depth = 0): boolean {
  if (depth > 16) return false;
  const resolved = registry.resolve(schema);
  if ((resolved.required ?? []).length > 0) return true;
  return (resolved.allOf ?? []).some((member) => hasRequiredFields(member, registry, depth + 1));
}

function pathParams(specPath: string): PathParam[] {
  return [...specPath.matchAll(/\{([^}]+)\}/g)].map((match) => {
    const name = match[1]!;
    const argument = camelCase(name);
    return { name, argument: reservedArguments.has(argument) ? `${argument}Id` : argument };
  });
}

/** The official client's params field for a parameter, where the spec names it (`x-stainless-param: betas`). */
function stainlessParam(schema: SchemaObject | undefined): string | undefined {
  const name = (schema as { 'x-stainless-param'?: unknown } | undefined)?.['x-stainless-param'];
  return typeof name === 'string' ? name : undefined;
}

class OperationDescriber {
  readonly localTypes: LocalType[] = [];
  readonly schemaRoots: SchemaObject[] = [];
  readonly #context: PrintContext;

  constructor(
    readonly registry: SchemaRegistry,
    readonly entry: OperationEntry,
    readonly operation: OperationObject,
    readonly parameters: ParameterObject[],
  ) {
    this.#context = { registry };
  }

  get baseName(): string {
    return upperFirst(this.entry.fn);
  }

  /** A type expression for the schema: its component name, or a new local declaration named `name`. */
  named(schema: SchemaObject, name: string, alias = false): string {
    this.schemaRoots.push(schema);
    if (schema.$ref !== undefined && schema.nullable !== true) return this.print(schema);
    this.localTypes.push({ name, schema, alias });
    return name;
  }

  print(schema: SchemaObject, hint?: string): string {
    this.schemaRoots.push(schema);
    return printType(schema, this.#context, hint);
  }

  query(): QueryModel | undefined {
    const params = this.parameters.filter((param) => param.in === 'query');
    if (params.length === 0) return undefined;
    const schema: SchemaObject = {
      type: 'object',
      properties: Object.fromEntries(params.map((param) => [queryParamName(param.name), param.schema ?? {}])),
      required: params.filter((param) => param.required === true).map((param) => queryParamName(param.name)),
    };
    return {
      type: this.named(schema, `${this.baseName}Query`, true),
      required: params.some((param) => param.required === true),
      params: params.map((param) => ({ name: queryParamName(param.name), required: param.required === true })),
    };
  }

  body(): BodyModel | undefined {
    const requestBody = this.operation.requestBody;
    if (requestBody === undefined) return undefined;
    const json = requestBody.content[jsonType]?.schema;
    const multipart = requestBody.content[multipartType]?.schema;
    const schemas = [multipart, json].filter((schema): schema is SchemaObject => schema !== undefined);
    if (schemas.length === 0) throw new Error(`${this.entry.route}: no JSON or multipart request body`);
    const distinct = [...new Map(schemas.map((schema) => [JSON.stringify(schema), schema])).values()];
    const fields = new Map<string, SchemaObject>();
    for (const schema of distinct)
      for (const [key, value] of objectFields(schema, this.registry)) fields.set(key, value);
    let type: string;
    if (distinct.length === 1) {
      type = this.named(distinct[0]!, `${this.baseName}Body`);
    } else {
      type = `${this.baseName}Body`;
      this.named({ oneOf: distinct }, type);
    }
    const encoding =
      json !== undefined && multipart !== undefined ? 'either' : multipart !== undefined ? 'multipart' : 'json';
    const partEncodings = requestBody.content[multipartType]?.encoding ?? {};
    const jsonFields = Object.keys(partEncodings).filter((name) => partEncodings[name]?.contentType === jsonType);
    if (jsonFields.length > 0 && encoding !== 'multipart') {
      throw new Error(`${this.entry.route}: JSON parts are supported on multipart-only bodies`);
    }
    return {
      type,
      required: requestBody.required === true || distinct.every((schema) => hasRequiredFields(schema, this.registry)),
      encoding,
      fields,
      jsonFields,
      fileFields: encoding === 'multipart' ? fileFields(fields, this.registry) : [],
    };
  }

  successContent(): Record<string, { schema?: SchemaObject }> | undefined {
    const codes = Object.keys(this.operation.responses)
      .filter((code) => /^2\d\d$/.test(code))
      .sort();
    const response = codes.length === 0 ? undefined : this.operation.responses[codes[0]!];
    return response?.content;
  }

  result(query: QueryModel | undefined): ResultModel {
    const content = this.successContent();
    if (this.entry.binary === true) return { kind: 'binary' };
    if (content === undefined) return { kind: 'void' };
    const types = Object.keys(content).filter((type) => type !== eventStreamType);
    if (types.length === 0) return { kind: 'void' };
    if (types.some((type) => type !== jsonType)) return { kind: 'binary' };
    const schema = content[jsonType]?.schema ?? {};
    const page = this.page(schema, query);
    if (page !== undefined) return page;
    const type = this.named(schema, `${this.baseName}Response`);
    const finish = this.finish(schema);
    return finish === undefined ? { kind: 'json', type } : { kind: 'json', type, finish };
  }

  /** The export that fills what the spec declares SDK-only on this result; an unknown such field stops the run. */
  finish(schema: SchemaObject): string | undefined {
    const resolve = (field: SchemaObject) => this.registry.resolve(field);
    const names = [...objectFields(schema, this.registry)]
      .filter(([, field]) => isSdkOnly(field, resolve))
      .map(([name]) => name);
    const fillers = new Set(
      names.map((name) => {
        const filler = sdkOnlyFillers[name];
        if (filler === undefined) throw new Error(`${this.entry.route}: no filler for the SDK-only field ${name}`);
        return filler;
      }),
    );
    if (fillers.size > 1) throw new Error(`${this.entry.route}: SDK-only fields need one filler, got ${[...fillers]}`);
    return [...fillers][0];
  }

  page(schema: SchemaObject, query: QueryModel | undefined): ResultModel | undefined {
    const fields = objectFields(schema, this.registry);
    const data = fields.get('data');
    if (data === undefined) return undefined;
    const items = this.registry.resolve(data).items;
    if (items === undefined) return undefined;
    if (!fields.has('has_more')) return this.singlePage(schema, fields, items);
    if (query === undefined) return undefined;
    const queryNames = new Set(this.parameters.filter((param) => param.in === 'query').map((param) => param.name));
    let paging: string | undefined;
    if (queryNames.has('page') && fields.has('next_page')) paging = "{ cursorParam: 'page', cursorField: 'next_page' }";
    else if (!queryNames.has('after')) return undefined;
    else if (fields.has('next')) paging = "{ cursorParam: 'after', cursorField: 'next' }";
    else if (fields.has('last_id')) paging = "{ cursorParam: 'after', cursorField: 'last_id' }";
    this.schemaRoots.push(schema);
    return { kind: 'page', item: this.named(items, `${this.baseName}Item`), paging };
  }

  /**
   * A list the API sends whole (`GET /models`): no cursor, no `has_more`. It is still a page, so every list call is
   * awaited and iterated the same way.
   */
  singlePage(schema: SchemaObject, fields: Map<string, SchemaObject>, items: SchemaObject): ResultModel | undefined {
    if (!this.entry.route.startsWith('GET ') || !fields.has('object')) return undefined;
    this.schemaRoots.push(schema);
    return { kind: 'page', item: this.named(items, `${this.baseName}Item`), paging: undefined };
  }

  stream(body: BodyModel | undefined, query: QueryModel | undefined, result: ResultModel): StreamModel | undefined {
    const override = this.entry.stream;
    const specEvent = this.successContent()?.[eventStreamType]?.schema;
    const eventSchema = override?.event !== undefined ? { $ref: `#/components/schemas/${override.event}` } : specEvent;
    if (eventSchema === undefined) return undefined;
    const location = override?.location ?? 'body';
    const field = override?.field ?? 'stream';
    if (location === 'body' && body?.fields.has(field) !== true) return undefined;
    if (location === 'query' && query === undefined) throw new Error(`${this.entry.route}: query stream without query`);
    if (result.kind === 'page') throw new Error(`${this.entry.route}: a list cannot stream`);
    const value = override?.value === undefined ? 'true' : `'${override.value}'`;
    const fieldSchema = body?.fields.get(field);
    const others = fieldSchema === undefined ? undefined : this.registry.resolve(fieldSchema).enum;
    const otherValues =
      override?.value === undefined
        ? 'false | null'
        : unionOf((others ?? []).filter((other) => other !== override.value).map((other) => `'${String(other)}'`));
    const method = this.entry.method.split('.').pop()!;
    const end = override?.end;
    if (end === undefined) {
      throw new Error(`${this.entry.route}: say how its stream ends (stream.end in the operation table)`);
    }
    return {
      location,
      field,
      value,
      otherValues,
      event: this.print(eventSchema),
      eventNames: override?.eventNames === true,
      end:
        end === 'unknown'
          ? undefined
          : typeof end === 'string'
            ? `'${end}'`
            : `[${end.map((type) => `'${type}'`).join(', ')}]`,
      fn: override?.fn ?? `stream${this.entry.fn.replace(/^create/, '')}`,
      method: method === 'create' ? 'stream' : `${method}Stream`,
    };
  }
}

/** Everything the emitters need to know about one operation. */
export function describeOperation(spec: OpenApiSpec, registry: SchemaRegistry, entry: OperationEntry): OperationModel {
  const { httpMethod, specPath } = parseRoute(entry.route);
  const operation = findOperation(spec, entry.route);
  const shared = spec.paths[specPath]?.parameters ?? [];
  const parameters = [...shared, ...(operation.parameters ?? [])];
  const describer = new OperationDescriber(registry, entry, operation, parameters);
  const path = specPath.replace(/\?beta=true$/, '');
  const body = describer.body();
  const query = describer.query();
  const result = describer.result(query);
  const stream = describer.stream(body, query, result);
  const declared = new Set(pathParams(path).map((param) => param.name));
  for (const param of parameters) {
    if (param.in === 'path' && !declared.has(param.name)) throw new Error(`${entry.route}: unknown path param`);
  }
  return {
    entry,
    httpMethod,
    path,
    betaQuery: path !== specPath,
    deprecated: operation.deprecated === true,
    apiReference: apiReferenceLink(spec, operation),
    pathParams: pathParams(path),
    headerParams: parameters
      .filter((param) => param.in === 'header')
      .map((param) => ({
        header: param.name,
        field: stainlessParam(param.schema) ?? camelCase(param.name),
        type: describer.print(param.schema ?? {}),
      })),
    body,
    query,
    result,
    stream,
    localTypes: describer.localTypes,
    schemaRoots: describer.schemaRoots,
  };
}
