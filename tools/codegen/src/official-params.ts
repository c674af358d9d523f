import { propertyKey, quote } from './naming.js';
import type { OperationModel, PathParam } from './operation-model.js';
import type { Overload, Parameter } from './operation-signature.js';

/** The path parameters the official client takes inside its params object: all but the last. */
export function pathParamsInParams(model: Pick<OperationModel, 'pathParams'>): PathParam[] {
  return model.pathParams.slice(0, -1);
}

/**
 * Query parameters the official client takes inside the params object of a call that has a body too
 * (`runs.create(threadId, { include, ...body })`); a call without a body takes its query as the params object.
 */
function queryInParams(model: OperationModel): { name: string; required: boolean }[] {
  if (model.body === undefined || model.query === undefined) return [];
  return model.query.params;
}

/** Whether the official params object is required: a path value, a required query parameter or body. */
function paramsRequired(model: OperationModel): boolean {
  if (pathParamsInParams(model).length > 0 || queryInParams(model).some((param) => param.required)) return true;
  return model.body !== undefined ? model.body.required : (model.query?.required ?? false);
}

/** Whether the official params object differs from the function's own arguments for this operation. */
function differs(model: OperationModel): boolean {
  return pathParamsInParams(model).length > 0 || queryInParams(model).length > 0 || model.headerParams.length > 0;
}

/**
 * The official client's argument shape for a method: the last path parameter first, then one params object that
 * holds the other path parameters, the body fields, the query parameters of a call with a body and the header
 * parameters under their official names (`betas`), then the request options (`runs.create(threadId, { include,
 * ...body })`). Functions keep their own shape: every path parameter, then body, query and options.
 */
export function officialParameters(model: OperationModel, overload: Overload): Parameter[] {
  if (!differs(model)) return overload.parameters;
  const fields: string[] = pathParamsInParams(model).map((param) => `${propertyKey(param.name)}: string`);
  for (const param of queryInParams(model)) {
    fields.push(`${propertyKey(param.name)}${param.required ? '' : '?'}: ${model.query!.type}[${quote(param.name)}]`);
  }
  for (const header of model.headerParams) fields.push(`${propertyKey(header.field)}?: ${header.type}`);
  const parts = fields.length > 0 ? [`{ ${fields.join('; ')} }`] : [];
  const body = overload.parameters.find((parameter) => parameter.name === 'body');
  const query = overload.parameters.find((parameter) => parameter.name === 'query');
  const rest = body ?? query;
  if (rest !== undefined) parts.push(rest.type);
  const required = paramsRequired(model);
  const last = model.pathParams.at(-1);
  return [
    ...(last === undefined ? [] : [{ name: last.argument, type: 'string', optional: false }]),
    { name: 'params', type: parts.join(' & '), optional: !required && (rest === undefined || rest.optional) },
    { name: 'options', type: 'RequestOptions', optional: true },
  ];
}

/** How a method in the official shape calls its function: a statement that unpacks `params`, and argument rewrites. */
export interface OfficialCall {
  prelude: string | undefined;
  /** Function parameter name → the expression passed for it (`query` → `{ include }`). */
  args: Record<string, string>;
}

export function officialCall(model: OperationModel): OfficialCall {
  if (!differs(model)) return { prelude: undefined, args: {} };
  const names = pathParamsInParams(model).map((param) =>
    param.argument === param.name ? param.name : `${propertyKey(param.name)}: ${param.argument}`,
  );
  const args: Record<string, string> = {};
  const query = queryInParams(model);
  for (const param of query) names.push(param.name);
  if (query.length > 0) args.query = `{ ${query.map((param) => param.name).join(', ')} }`;
  for (const header of model.headerParams) names.push(header.field);
  if (model.headerParams.length > 0) {
    const headers = model.headerParams.map((header) => `${quote(header.header)}: ${header.field}`);
    args.options = `withHeaders(options, { ${headers.join(', ')} })`;
  }
  const rest = model.body !== undefined ? 'body' : model.query !== undefined ? 'query' : undefined;
  if (rest !== undefined) names.push(`...${rest}`);
  // Only a params object of optional query or header fields may be left out: an empty query sends nothing.
  const source = paramsRequired(model) ? 'params' : 'params ?? {}';
  return { prelude: `const { ${names.join(', ')} } = ${source};`, args };
}
