import { generatedHeader } from './header.js';
import { type OfficialNames, officialNameTable } from './official-name-table.js';

const identifiers = (expression: string): string[] => expression.match(/\b[A-Z][A-Za-z0-9]*\b/g) ?? [];

function exportedTypeNames(typesText: string): Set<string> {
  return new Set([...typesText.matchAll(/^export (?:interface|type) ([A-Za-z0-9_]+)/gm)].map((match) => match[1]!));
}

function entriesOf(pkg: string): OfficialNames[] {
  return officialNameTable.filter((entry) => entry.package === pkg);
}

/**
 * Writes `official-names.ts` into each package the table names (the aliases whose official name differs from the
 * spec's) and re-exports it from the package's generated index. Stops, naming the alias, when a name clashes with a
 * generated type or an expression names a type the package does not have.
 */
export function emitOfficialNames(files: Map<string, string>): void {
  for (const pkg of [...new Set(officialNameTable.map((entry) => entry.package))].sort()) {
    const dir = `packages/${pkg}/src/generated`;
    const typesText = files.get(`${dir}/types.ts`);
    if (typesText === undefined) throw new Error(`official names: no package ${pkg}`);
    const typeNames = exportedTypeNames(typesText);
    const aliases = new Map<string, string>();
    for (const entry of entriesOf(pkg)) {
      for (const [official, expression] of Object.entries(entry.names)) {
        for (const name of identifiers(expression)) {
          if (!typeNames.has(name))
            throw new Error(`official names: ${official} refers to ${name}, not in @org/${pkg}`);
        }
        if (official === expression) continue;
        if (typeNames.has(official)) throw new Error(`official names: ${official} clashes with a type of @org/${pkg}`);
        aliases.set(official, expression);
      }
    }
    const used = [...new Set([...aliases.values()].flatMap(identifiers))].sort();
    const lines = [
      generatedHeader,
      `import type { ${used.join(', ')} } from './types.js';`,
      '',
      ...[...aliases].map(
        ([official, expression]) =>
          `/** The official package's name for \`${expression}\`. */\nexport type ${official} = ${expression};`,
      ),
      '',
    ];
    files.set(`${dir}/official-names.ts`, lines.join('\n'));
    const index = files.get(`${dir}/index.ts`)!;
    files.set(`${dir}/index.ts`, `${index}export type * from './official-names.js';\n`);
  }
}

interface NamespaceNode {
  names: Map<string, string>;
  children: Map<string, NamespaceNode>;
}

const emptyNode = (): NamespaceNode => ({ names: new Map(), children: new Map() });

function printNode(node: NamespaceNode): string[] {
  const lines = [...node.names]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, ref]) => `export type ${name} = ${ref};`);
  for (const [segment, child] of [...node.children].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`export namespace ${segment} {`, ...printNode(child), '}');
  }
  return lines;
}

const importName = (pkg: string): string =>
  `Official${pkg.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase())}`;

/** The umbrella's `OpenAI` namespace of official type names, merged with its class, and the imports it needs. */
export function officialNamespace(): { imports: string[]; text: string } {
  const root = emptyNode();
  for (const entry of officialNameTable) {
    for (const path of entry.namespaces) {
      let node = root;
      for (const segment of path === '' ? [] : path.split('.')) {
        let child = node.children.get(segment);
        if (child === undefined) {
          child = emptyNode();
          node.children.set(segment, child);
        }
        node = child;
      }
      for (const name of Object.keys(entry.names)) node.names.set(name, `${importName(entry.package)}.${name}`);
    }
  }
  const packages = [...new Set(officialNameTable.map((entry) => entry.package))].sort();
  return {
    imports: packages.map((pkg) => `import type * as ${importName(pkg)} from '@org/${pkg}';`),
    text: [
      '/** The official type names, as aliases of the generated types: `OpenAI.Chat.ChatCompletionMessageParam`. */',
      'export declare namespace OpenAI {',
      ...printNode(root),
      '}',
    ].join('\n'),
  };
}
