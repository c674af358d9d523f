import { httpMethods, type OpenApiSpec, type OperationObject } from './spec-types.js';

const referenceRoot = 'https://platform.openai.com/docs/api-reference';
const groupName = /^[a-z_-]+$/;
const sectionName = /^[a-z]+(-[a-z]+)*$/;
/** Section names some operations carry that are their HTTP method, not a place on the page. */
const methodNames = new Set(['get', 'post', 'put', 'patch']);

/** Per spec, the groups whose every section name is a page address: one name per operation, none repeated. */
const trustedGroupsBySpec = new WeakMap<OpenApiSpec, Set<string>>();

function trustedGroups(spec: OpenApiSpec): Set<string> {
  const cached = trustedGroupsBySpec.get(spec);
  if (cached !== undefined) return cached;
  // group → section → the operations naming it; `POST /responses` and its `?beta=true` twin count as one.
  const sections = new Map<string, Map<string, Set<string>>>();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of httpMethods) {
      const meta = item[method.toLowerCase() as Lowercase<typeof method>]?.['x-oaiMeta'];
      if (meta?.group === undefined || meta.path === undefined) continue;
      const group = sections.get(meta.group) ?? new Map<string, Set<string>>();
      sections.set(meta.group, group);
      const operations = group.get(meta.path) ?? new Set<string>();
      group.set(meta.path, operations.add(`${method} ${path.replace(/\?beta=true$/, '')}`));
    }
  }
  const trusted = new Set<string>();
  for (const [group, names] of sections) {
    const addresses = [...names].every(
      ([name, operations]) => sectionName.test(name) && !methodNames.has(name) && operations.size === 1,
    );
    if (addresses) trusted.add(group);
  }
  trustedGroupsBySpec.set(spec, trusted);
  return trusted;
}

/**
 * The operation's place in the API reference, from the spec's `x-oaiMeta`: the group's page, with the operation's
 * section where the spec's section names for that group can be trusted. Many cannot (`get` for four eval operations,
 * `list for the organization.` for listing videos), so a group's sections are used only when every one of them is a
 * lowercase slug naming a single operation. `undefined` when the spec gives no group.
 */
export function apiReferenceLink(spec: OpenApiSpec, operation: OperationObject): string | undefined {
  const meta = operation['x-oaiMeta'];
  if (meta?.group === undefined || !groupName.test(meta.group)) return undefined;
  const page = `${referenceRoot}/${meta.group.replaceAll('_', '-')}`;
  return meta.path !== undefined && trustedGroups(spec).has(meta.group) ? `${page}/${meta.path}` : page;
}
