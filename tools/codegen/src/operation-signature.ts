import { isIdentifier, propertyKey, quote } from './naming.js';
import type { OperationModel } from './operation-model.js';

export interface Parameter {
  name: string;
  type: string;
  optional: boolean;
}

export interface Overload {
  parameters: Parameter[];
  returns: string;
}

/** How one function is declared and what its body returns, shared by the function and the class method. */
export interface FunctionShape {
  name: string;
  overloads: Overload[];
  implementation: Overload;
  /** The expression the function returns; uses the parameter names and `client`. */
  body: string;
}

/** `a?: T, b: U` → `a: T | undefined, b: U`: an optional parameter may not precede a required one. */
export function printParameters(parameters: Parameter[]): string {
  const lastRequired = parameters.map((parameter) => parameter.optional).lastIndexOf(false);
  return parameters
    .map((parameter, index) => {
      if (!parameter.optional) return `${parameter.name}: ${parameter.type}`;
      if (index < lastRequired) return `${parameter.name}: ${parameter.type} | undefined`;
      return `${parameter.name}?: ${parameter.type}`;
    })
    .join(', ');
}

function access(object: string, field: string, optional: boolean): string {
  const dot = optional ? '?.' : '.';
  return isIdentifier(field) ? `${object}${dot}${field}` : `${object}${optional ? '?.' : ''}[${quote(field)}]`;
}

function resultType(model: OperationModel): string {
  switch (model.result.kind) {
    case 'json':
      return model.result.type;
    case 'void':
      return 'void';
    case 'binary':
      return 'BinaryResponse';
    case 'page':
      return model.result.item;
  }
}

function returnType(model: OperationModel): string {
  return model.result.kind === 'page' ? `PagePromise<${resultType(model)}>` : `Promise<${resultType(model)}>`;
}

interface SpecParts {
  body?: string;
  query?: string;
  stream?: string;
  binary?: string;
}

function requestSpec(model: OperationModel, parts: SpecParts): string {
  const fields = [`method: '${model.httpMethod}'`, `path: ${quote(model.path)}`];
  if (model.pathParams.length > 0) {
    const values = model.pathParams.map((param) => `${propertyKey(param.name)}: ${param.argument}`);
    fields.push(`pathParams: { ${values.join(', ')} }`);
  }
  const query = parts.query ?? (model.query === undefined ? undefined : 'query');
  if (model.betaQuery) {
    if (query === undefined) fields.push("query: { beta: 'true' }");
    else if (query.startsWith('{')) fields.push(`query: ${query.slice(0, -2)}, beta: 'true' }`);
    else fields.push(`query: { ...${query}, beta: 'true' }`);
  } else if (query !== undefined) fields.push(query === 'query' ? 'query' : `query: ${query}`);
  if (model.body !== undefined) {
    let body = parts.body ?? 'body';
    if (model.body.jsonFields.length > 0) {
      const encoded = model.body.jsonFields.map(
        (name) => `${propertyKey(name)}: JSON.stringify(${access('body', name, false)})`,
      );
      body = `{ ...${body}, ${encoded.join(', ')} }`;
    }
    if (model.body.encoding === 'multipart') body = `multipartBody(${body})`;
    if (model.body.encoding === 'either') body = `jsonOrMultipart(${body})`;
    fields.push(body === 'body' ? 'body' : `body: ${body}`);
  }
  if (parts.stream !== undefined) {
    fields.push(`stream: ${parts.stream}`);
    if (model.stream?.eventNames === true) fields.push('streamEventNames: true');
  }
  const binary = parts.binary ?? (model.result.kind === 'binary' ? 'true' : undefined);
  if (binary !== undefined) fields.push(`binary: ${binary}`);
  return `{ ${fields.join(', ')} }`;
}

function baseParameters(model: OperationModel, bodyType?: string, queryType?: string, queryOptional?: boolean) {
  const parameters: Parameter[] = model.pathParams.map((param) => ({
    name: param.argument,
    type: 'string',
    optional: false,
  }));
  if (model.body !== undefined) {
    parameters.push({ name: 'body', type: bodyType ?? model.body.type, optional: !model.body.required });
  }
  if (model.query !== undefined) {
    parameters.push({
      name: 'query',
      type: queryType ?? model.query.type,
      optional: queryOptional ?? !model.query.required,
    });
  }
  parameters.push({ name: 'options', type: 'RequestOptions', optional: true });
  return parameters;
}

function call(model: OperationModel, spec: string): string {
  if (model.result.kind === 'page') {
    const paging = model.result.paging === undefined ? '' : `, ${model.result.paging}`;
    return `requestPage<${model.result.item}>(client, ${spec}, options${paging})`;
  }
  return `client.request<${resultType(model)}>(${spec}, options)`;
}

/** The declaration of an operation's function. */
export function functionShape(model: OperationModel): FunctionShape {
  const name = model.entry.fn;
  const stream = model.stream;
  if (stream === undefined) {
    const implementation = { parameters: baseParameters(model), returns: returnType(model) };
    return { name, overloads: [], implementation, body: call(model, requestSpec(model, {})) };
  }
  const streaming = `Promise<Stream<${stream.event}>>`;
  const plain = returnType(model);
  const either = `Promise<${resultType(model)} | Stream<${stream.event}>>`;
  const onBody = stream.location === 'body';
  const target = onBody ? model.body!.type : model.query!.type;
  const on = (extra: string) => `${target} & { ${propertyKey(stream.field)}${extra} }`;
  const streamOn = on(`: ${stream.value}`);
  const plainOn = on(`?: ${stream.otherValues}`);
  const overloads: Overload[] = [
    {
      parameters: onBody ? baseParameters(model, streamOn) : baseParameters(model, undefined, streamOn, false),
      returns: streaming,
    },
    { parameters: onBody ? baseParameters(model, plainOn) : baseParameters(model, undefined, plainOn), returns: plain },
    { parameters: baseParameters(model), returns: either },
  ];
  const switchValue = `${access(onBody ? 'body' : 'query', stream.field, !onBody)} === ${stream.value}`;
  const binary = model.result.kind === 'binary' ? switchValue.replace('===', '!==') : undefined;
  const spec = requestSpec(model, { stream: switchValue, binary });
  const body = `client.request<${resultType(model)} | Stream<${stream.event}>>(${spec}, options)`;
  return { name, overloads, implementation: { parameters: baseParameters(model), returns: either }, body };
}

/** The declaration of the extra function that always streams. */
export function streamFunctionShape(model: OperationModel): FunctionShape | undefined {
  const stream = model.stream;
  if (stream === undefined) return undefined;
  const onBody = stream.location === 'body';
  // Takes the operation's own body/query type: whatever it says about streaming is overridden.
  const parameters = baseParameters(model);
  const forced = `{ ...${onBody ? 'body' : 'query'}, ${propertyKey(stream.field)}: ${stream.value} }`;
  const spec = onBody
    ? requestSpec(model, { body: forced, stream: 'true', binary: model.result.kind === 'binary' ? 'false' : undefined })
    : requestSpec(model, { query: forced, stream: 'true' });
  return {
    name: stream.fn,
    overloads: [],
    implementation: { parameters, returns: `Promise<Stream<${stream.event}>>` },
    body: `client.request<${stream.event}>(${spec}, options)`,
  };
}
