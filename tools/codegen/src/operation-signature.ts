import { betaHeaderOf } from './beta-header-table.js';
import { isIdentifier, propertyKey, quote } from './naming.js';
import { officialCall, officialParameters } from './official-params.js';
import type { OperationModel, StreamModel } from './operation-model.js';
import { requestFinishers } from './request-finisher-table.js';

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
  /** A statement before the return that unpacks the parameters into the names `body` uses. */
  prelude?: string;
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
  return model.result.kind === 'page' ? `PagePromise<${resultType(model)}>` : `APIPromise<${resultType(model)}>`;
}

interface SpecParts {
  body?: string;
  query?: string;
  /** The response reader; a binary result gets `createBinaryResponse` unless this says otherwise. */
  read?: string;
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
  const beta = betaHeaderOf(model.path);
  if (beta !== undefined) fields.push(`headers: { 'openai-beta': ${quote(beta)} }`);
  if (model.body !== undefined) {
    let body = parts.body ?? 'body';
    if (model.body.jsonFields.length > 0) {
      const encoded = model.body.jsonFields.map(
        (name) => `${propertyKey(name)}: JSON.stringify(${access('body', name, false)})`,
      );
      body = `{ ...${body}, ${encoded.join(', ')} }`;
    }
    if (model.body.encoding === 'multipart') {
      const files = model.body.fileFields.map((name) => quote(name));
      body = files.length > 0 ? `multipartBody(${body}, [${files.join(', ')}])` : `multipartBody(${body})`;
    }
    if (model.body.encoding === 'either') body = `jsonOrMultipart(${body})`;
    fields.push(body === 'body' ? 'body' : `body: ${body}`);
  }
  const read = parts.read ?? (model.result.kind === 'binary' ? 'createBinaryResponse' : undefined);
  if (read !== undefined) fields.push(`read: ${read}`);
  // The spec says the result is JSON: an empty or unreadable success reply is then an error, never `undefined`.
  else if (model.result.kind === 'json' || model.result.kind === 'page') fields.push('json: true');
  if (model.result.kind === 'json' && model.result.finish !== undefined) fields.push(`map: ${model.result.finish}`);
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
  // Through core's `request`, which refuses a first argument that is no client (a call from JavaScript without it).
  return `request<${resultType(model)}>(client, ${spec}, options)`;
}

/**
 * The declaration of an operation's function. An operation that can stream gets the non-streaming form only: its
 * `streamX` companion streams, so a bundle that never streams carries no stream code.
 */
export function functionShape(model: OperationModel): FunctionShape {
  const stream = model.stream;
  const parameters =
    stream === undefined ? baseParameters(model) : switchParameters(model, stream, `?: ${stream.otherValues}`);
  if (requestFinishers[model.entry.fn] !== undefined) return finishedFunctionShape(model, parameters);
  return {
    name: model.entry.fn,
    overloads: [],
    implementation: { parameters, returns: returnType(model) },
    body: call(model, requestSpec(model, {})),
  };
}

/**
 * The declaration of an operation whose request a hand-written export finishes (`request-finisher-table.ts`): its
 * overloads first, then the operation's own signature; the implementation passes the spec through the finisher.
 */
function finishedFunctionShape(model: OperationModel, parameters: Parameter[]): FunctionShape {
  const { finisher, overloads } = requestFinishers[model.entry.fn]!;
  if (model.stream !== undefined || model.result.kind !== 'json' || model.body === undefined) {
    throw new Error(`${model.entry.fn}: a request finisher takes a JSON body and result, never streamed`);
  }
  const results = [model.result.type, ...overloads.map((overload) => overload.result)];
  const own: Overload = { parameters, returns: returnType(model) };
  const narrowed = overloads.map((overload) => ({
    parameters: baseParameters(model, `${model.body!.type} & ${overload.body}`),
    returns: `APIPromise<${overload.result}>`,
  }));
  return {
    name: model.entry.fn,
    overloads: [...narrowed, own],
    implementation: { parameters, returns: `APIPromise<${results.join(' | ')}>` },
    body: `client.request<${results.join(' | ')}>(${finisher}(${requestSpec(model, {})}), options)`,
  };
}

/** The operation's type for the body or query it streams by, with the switch field narrowed by `extra`. */
function streamSwitchType(model: OperationModel, stream: StreamModel, extra: string): string {
  const target = stream.location === 'body' ? model.body!.type : model.query!.type;
  return `${target} & { ${propertyKey(stream.field)}${extra} }`;
}

/** The operation's parameters with the body or query it streams by narrowed to `extra` (`: true`, `?: false`). */
function switchParameters(model: OperationModel, stream: StreamModel, extra: string): Parameter[] {
  const narrowed = streamSwitchType(model, stream, extra);
  if (stream.location === 'body') return baseParameters(model, narrowed);
  // A query that turns streaming on is required; one that leaves it off stays as optional as the operation says.
  return baseParameters(model, undefined, narrowed, extra.startsWith('?') ? undefined : false);
}

/**
 * A resource-class call of a function: the class's client, then the method's own parameters (some `cast`, some given
 * as the expression `args` names for them).
 */
function callFromMethod(
  fn: string,
  parameters: Parameter[],
  cast: Record<string, string> = {},
  args: Record<string, string> = {},
): string {
  const values = parameters.map(({ name }) => {
    const value = args[name] ?? name;
    return cast[name] === undefined ? value : `${value} as ${cast[name]}`;
  });
  return `${fn}(${['this.#client', ...values].join(', ')})`;
}

/**
 * The resource class's method for an operation; its `body` calls the operation's functions. One that can stream
 * takes the switch as the official client does: overloads by its value, and a call of the streaming or the plain
 * function.
 */
export function methodShape(model: OperationModel): FunctionShape {
  const plain = functionShape(model);
  const stream = model.stream;
  const { prelude, args } = officialCall(model);
  const official = (overload: Overload): Overload => ({ ...overload, parameters: officialParameters(model, overload) });
  if (stream === undefined) {
    const body = callFromMethod(plain.name, plain.implementation.parameters, {}, args);
    const overloads = plain.overloads.map(official);
    return { name: plain.name, overloads, implementation: official(plain.implementation), body, prelude };
  }
  const parameters = baseParameters(model);
  const implementation = { parameters, returns: `APIPromise<${resultType(model)} | Stream<${stream.event}>>` };
  const overloads: Overload[] = [
    { parameters: switchParameters(model, stream, `: ${stream.value}`), returns: `StreamPromise<${stream.event}>` },
    plain.implementation,
  ];
  // Read after `prelude`, which names the body or query as the function does.
  const switchValue = `${access(stream.location, stream.field, stream.location === 'query')} === ${stream.value}`;
  const plainCall = callFromMethod(
    plain.name,
    parameters,
    { [stream.location]: streamSwitchType(model, stream, `?: ${stream.otherValues}`) },
    args,
  );
  const body = `${switchValue} ? ${callFromMethod(stream.fn, parameters, {}, args)} : ${plainCall}`;
  return {
    name: plain.name,
    overloads: [...overloads, implementation].map(official),
    implementation: official(implementation),
    body,
    prelude,
  };
}

/** The declaration of the extra function that always streams. */
export function streamFunctionShape(model: OperationModel): FunctionShape | undefined {
  const stream = model.stream;
  if (stream === undefined) return undefined;
  const onBody = stream.location === 'body';
  // Takes the operation's own body/query type: whatever it says about streaming is overridden.
  const parameters = baseParameters(model);
  const forced = `{ ...${onBody ? 'body' : 'query'}, ${propertyKey(stream.field)}: ${stream.value} }`;
  const readerOptions = [
    ...(stream.eventNames ? ['eventNames: true'] : []),
    ...(stream.end === undefined ? [] : [`end: ${stream.end}`]),
  ];
  const reader =
    readerOptions.length > 0
      ? `(source) => createEventStream<${stream.event}>(source, { ${readerOptions.join(', ')} })`
      : `createEventStream<${stream.event}>`;
  const spec = onBody
    ? requestSpec(model, { body: forced, read: reader })
    : requestSpec(model, { query: forced, read: reader });
  return {
    name: stream.fn,
    overloads: [],
    implementation: { parameters, returns: `StreamPromise<${stream.event}>` },
    body: `streamPromise(request(client, ${spec}, options))`,
  };
}

/** The resource class's always-streaming method: a call of the operation's streaming function. */
export function streamMethodShape(model: OperationModel): FunctionShape {
  const shape = streamFunctionShape(model);
  if (shape === undefined) throw new Error(`${model.entry.fn} does not stream`);
  const { prelude, args } = officialCall(model);
  return {
    ...shape,
    implementation: { ...shape.implementation, parameters: officialParameters(model, shape.implementation) },
    body: callFromMethod(shape.name, shape.implementation.parameters, {}, args),
    prelude,
  };
}
