import { upperFirst } from './naming.js';
import type { OperationModel } from './operation-model.js';

/** Roots whose class is not simply the PascalCase of the path (the `beta.*` roots, and a name clash). */
const rootClassNames: Record<string, string> = {
  'beta.assistants': 'Assistants',
  'beta.threads': 'Threads',
  'beta.chatkit': 'ChatKit',
  'beta.realtime': 'BetaRealtime',
  'beta.responses': 'BetaResponses',
};

export interface ResourceNode {
  /** Full method path of this node: `chat.completions`. */
  path: string;
  className: string;
  operations: { method: string; model: OperationModel }[];
  children: Map<string, ResourceNode>;
}

/** The root a method path belongs to: its first segment, or its first two under `beta`. */
export function rootOf(methodPath: string): string {
  const segments = methodPath.split('.');
  return segments[0] === 'beta' ? segments.slice(0, 2).join('.') : segments[0]!;
}

export function rootClassName(root: string): string {
  return rootClassNames[root] ?? upperFirst(root);
}

/** The resource classes for one root, as a tree of nodes. */
export function buildResourceTree(root: string, models: OperationModel[]): ResourceNode {
  const top: ResourceNode = { path: root, className: rootClassName(root), operations: [], children: new Map() };
  for (const model of models) {
    const segments = model.entry.method.slice(root.length + 1).split('.');
    const method = segments.pop()!;
    let node = top;
    for (const segment of segments) {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = {
          path: `${node.path}.${segment}`,
          className: `${node.className}${upperFirst(segment)}`,
          operations: [],
          children: new Map(),
        };
        node.children.set(segment, child);
      }
      node = child;
    }
    node.operations.push({ method, model });
  }
  return top;
}

/** Nodes of a tree, parents before children. */
export function flattenTree(node: ResourceNode): ResourceNode[] {
  return [node, ...[...node.children.values()].flatMap(flattenTree)];
}
