import type { GeneratedPackage } from './generate.js';
import { generatedHeader } from './header.js';
import { flattenTree, type ResourceNode } from './resource-tree.js';
import { type UmbrellaHelper, umbrellaHelperTable } from './umbrella-helper-table.js';

/** The generated file of the umbrella's resource subclasses, beside its client. */
export const umbrellaHelpersModule = './openai-resources.js';

interface HelperClass {
  node: ResourceNode;
  packageName: string;
  name: string;
  helpers: UmbrellaHelper[];
  /** Child segments whose getter returns a helper subclass. */
  children: string[];
}

const parentOf = (path: string): string => path.slice(0, path.lastIndexOf('.'));
const lastSegment = (path: string): string => path.slice(path.lastIndexOf('.') + 1);

/**
 * The resources that need a subclass in the umbrella, by method path: those with a helper, and their ancestors up to
 * the root the client's getter builds (so `openai.chat.completions` reaches the helpers through `OpenAIChat`).
 */
export function umbrellaHelperClasses(packages: readonly GeneratedPackage[]): Map<string, HelperClass> {
  const nodes = new Map<string, { node: ResourceNode; packageName: string }>();
  for (const pkg of packages) {
    for (const tree of pkg.resources) {
      for (const node of flattenTree(tree)) nodes.set(node.path, { node, packageName: pkg.info.name });
    }
  }
  const classes = new Map<string, HelperClass>();
  const ensure = (path: string): HelperClass => {
    let entry = classes.get(path);
    if (entry === undefined) {
      const found = nodes.get(path);
      if (found === undefined) throw new Error(`umbrella helper table: no resource at ${path}`);
      entry = { ...found, name: `OpenAI${found.node.className}`, helpers: [], children: [] };
      classes.set(path, entry);
      const parent = parentOf(path);
      if (nodes.has(parent)) {
        const parentClass = ensure(parent);
        parentClass.children.push(lastSegment(path));
      }
    }
    return entry;
  };
  for (const helper of umbrellaHelperTable) ensure(parentOf(helper.path)).helpers.push(helper);
  return classes;
}

function docComment(helper: UmbrellaHelper): string {
  return helper.deprecated === undefined
    ? `/** ${helper.doc} */`
    : `/**\n * ${helper.doc}\n * @deprecated ${helper.deprecated}\n */`;
}

function emitClass(entry: HelperClass, classes: Map<string, HelperClass>): string {
  const members = [...entry.children, ...entry.helpers.map((helper) => lastSegment(helper.path))];
  const omitted = members.map((name) => `'${name}'`).join(' | ');
  const base = entry.node.className;
  const childClass = (segment: string) => classes.get(`${entry.node.path}.${segment}`)!.name;
  const lines = [
    `/** \`${entry.node.path}\` with the official package's helpers. */`,
    `export class ${entry.name} extends (${base} as new (client: Client) => Omit<${base}, ${omitted}>) {`,
    'readonly #client: Client;',
    ...entry.children.map((segment) => `#${segment}: ${childClass(segment)} | undefined;`),
    '',
    'constructor(client: Client) {\n  super(client);\n  this.#client = client;\n}',
  ];
  for (const segment of entry.children) {
    lines.push(
      '',
      `get ${segment}(): ${childClass(segment)} {`,
      `  this.#${segment} ??= new ${childClass(segment)}(this.#client);`,
      `  return this.#${segment};`,
      '}',
    );
  }
  for (const helper of entry.helpers) lines.push('', docComment(helper), `${helper.signature} {`, helper.body, '}');
  lines.push('}');
  return lines.join('\n');
}

function importLines(classes: HelperClass[]): string[] {
  const modules = new Map<string, Set<string>>([['@org/core', new Set(['type Client'])]]);
  const add = (module: string, name: string) => {
    const names = modules.get(module) ?? new Set<string>();
    names.add(name);
    modules.set(module, names);
  };
  for (const entry of classes) {
    add(`@org/${entry.packageName}`, entry.node.className);
    for (const helper of entry.helpers) {
      for (const [module, names] of Object.entries(helper.imports)) for (const name of names) add(module, name);
    }
  }
  const bare = (name: string) => name.replace(/^type /, '');
  // Packages first, then this package's own modules.
  const order = (module: string) => `${module.startsWith('.') ? 1 : 0}${module}`;
  return [...modules.keys()]
    .sort((a, b) => order(a).localeCompare(order(b)))
    .map((module) => {
      const names = [...modules.get(module)!].sort((a, b) => bare(a).localeCompare(bare(b)));
      return `import { ${names.join(', ')} } from '${module}';`;
    });
}

/** `packages/openai/src/generated/openai-resources.ts`: a subclass per resource that has official helpers. */
export function emitUmbrellaHelpers(packages: readonly GeneratedPackage[]): [string, string] {
  const classes = umbrellaHelperClasses(packages);
  const ordered = [...classes.values()].sort((a, b) => b.node.path.localeCompare(a.node.path));
  const text = [
    generatedHeader,
    importLines(ordered).join('\n'),
    '',
    ordered.map((entry) => emitClass(entry, classes)).join('\n\n'),
    '',
  ].join('\n');
  return ['packages/openai/src/generated/openai-resources.ts', text];
}
