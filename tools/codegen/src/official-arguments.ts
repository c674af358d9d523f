import type { ContractCase } from './contract-case.js';

/**
 * The official client's arguments for a case: the last path value first, then one params object holding the other
 * path values, the body fields, the query parameters and the header parameters under their
 * official names (`betas`).
 */
export function officialArguments(contract: ContractCase): unknown[] {
  const pathNames = Object.keys(contract.pathParams);
  const inside = Object.fromEntries(pathNames.slice(0, -1).map((name) => [name, contract.pathParams[name]]));
  const headers = Object.fromEntries(contract.headerParams.map((param) => [param.field, param.value]));
  const params = { ...inside, ...contract.body?.value, ...contract.query, ...headers };
  const last = pathNames.length === 0 ? [] : [contract.pathParams[pathNames.at(-1)!]];
  const empty = Object.keys(params).length === 0 && contract.body === undefined;
  return empty ? last : [...last, params];
}
