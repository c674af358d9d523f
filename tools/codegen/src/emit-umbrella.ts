import { adminKeyResources } from './admin-key-table.js';
import { officialNamespace } from './emit-official-names.js';
import { emitUmbrellaHelpers, umbrellaHelperClasses, umbrellaHelpersModule } from './emit-umbrella-helpers.js';
import type { GeneratedPackage } from './generate.js';
import { generatedHeader } from './header.js';
import type { ResourceNode } from './resource-tree.js';
import { umbrellaPackages } from './umbrella-packages.js';
import { umbrellaWebhooks } from './umbrella-webhooks.js';

interface Accessor {
  property: string;
  className: string;
  admin: boolean;
  /** Children that go with the admin key (`adminKeyResources`): their getters and class names. */
  adminChildren: { property: string; className: string }[];
}

function getter(accessor: Accessor, client: string, returnType = accessor.className): string {
  const field = `#${accessor.property}`;
  return [
    `get ${accessor.property}(): ${returnType} {`,
    `  this.${field} ??= new ${accessor.className}(${client});`,
    `  return this.${field};`,
    '}',
  ].join('\n');
}

/** The umbrella's class for a top resource with children that go with the admin key: `OpenAIFineTuning`. */
function adminChildClass(accessor: Accessor): string {
  const children = accessor.adminChildren;
  const getters = children.map((child) =>
    [
      `override get ${child.property}(): ${child.className} {`,
      `  this.#${child.property} ??= new ${child.className}(this.#adminClient());`,
      `  return this.#${child.property};`,
      '}',
    ].join('\n'),
  );
  const paths = children.map((child) => `\`${accessor.property}.${child.property}\``).join(', ');
  return [
    `/** \`openai.${accessor.property}\`, whose ${paths} calls go with the admin key, as the official package sends them. */`,
    `class OpenAI${accessor.className} extends ${accessor.className} {`,
    'readonly #adminClient: () => Client;',
    ...children.map((child) => `#${child.property}: ${child.className} | undefined;`),
    '',
    'constructor(client: Client, adminClient: () => Client) {\n  super(client);\n  this.#adminClient = adminClient;\n}',
    '',
    getters.join('\n\n'),
    '}',
  ].join('\n');
}

/** The children of a top resource that `adminKeyResources` names. */
function adminChildrenOf(tree: ResourceNode): { property: string; className: string }[] {
  return adminKeyResources
    .filter((path) => path.startsWith(`${tree.path}.`))
    .map((path) => {
      const property = path.slice(tree.path.length + 1);
      const child = tree.children.get(property);
      if (child === undefined) throw new Error(`adminKeyResources: ${path} is no child resource of ${tree.path}`);
      return { property, className: child.className };
    });
}

function fields(accessors: Accessor[]): string[] {
  return accessors.map((accessor) => `#${accessor.property}: ${accessor.className} | undefined;`);
}

/** The umbrella's options and how they become the core client's: hand-written, beside the generated client. */
const optionsModule = '../openai-options.js';

/**
 * What the official client carries as static members, so \`catch (error) { if (error instanceof OpenAI.NotFoundError) }\`
 * keeps working after a migration. Official name → the core export it stands for.
 */
const staticMembers: ReadonlyArray<readonly [string, string]> = [
  ['OpenAIError', 'OpenAIError'],
  ['APIError', 'APIError'],
  ['APIConnectionError', 'APIConnectionError'],
  ['APIConnectionTimeoutError', 'APITimeoutError'],
  ['APIUserAbortError', 'APIUserAbortError'],
  ['BadRequestError', 'BadRequestError'],
  ['AuthenticationError', 'AuthenticationError'],
  ['PermissionDeniedError', 'PermissionDeniedError'],
  ['NotFoundError', 'NotFoundError'],
  ['ConflictError', 'ConflictError'],
  ['UnprocessableEntityError', 'UnprocessableEntityError'],
  ['RateLimitError', 'RateLimitError'],
  ['InternalServerError', 'InternalServerError'],
  ['toFile', 'toFile'],
  ['toStreamingFile', 'toFile'],
  ['DEFAULT_TIMEOUT', 'DEFAULT_TIMEOUT_MS'],
];

/** The umbrella package's generated client: every resource under the official method paths. */
export function emitUmbrella(packages: GeneratedPackage[]): Map<string, string> {
  const top: Accessor[] = [];
  const beta: Accessor[] = [];
  const imports: string[] = [];
  // A root with official helpers is built as its subclass from the generated helpers module.
  const helperClasses = umbrellaHelperClasses(packages);
  const helperRoots: string[] = [];
  for (const pkg of umbrellaPackages(packages)) {
    const names = pkg.resources.filter((tree) => !helperClasses.has(tree.path)).map((tree) => tree.className);
    names.push(...pkg.resources.flatMap((tree) => adminChildrenOf(tree).map((child) => child.className)));
    if (pkg.info.name === 'admin') names.push('createAdminClient');
    if (names.length > 0) imports.push(`import { ${names.sort().join(', ')} } from '@org/${pkg.info.name}';`);
    for (const tree of pkg.resources) {
      const [first, second] = tree.path.split('.');
      const property = second ?? first!;
      const className = helperClasses.get(tree.path)?.name ?? tree.className;
      if (className !== tree.className) helperRoots.push(className);
      const adminChildren = adminChildrenOf(tree);
      if (adminChildren.length > 0 && className !== tree.className)
        throw new Error(`adminKeyResources: ${tree.path} also has official helpers`);
      const accessor = { property, className, admin: first === 'admin', adminChildren: [] };
      if (adminChildren.length > 0 && second !== undefined)
        throw new Error(`adminKeyResources: ${tree.path} under beta`);
      (second === undefined ? top : beta).push({ ...accessor, adminChildren });
    }
  }
  const coreNames = [...new Set(staticMembers.map(([, coreName]) => coreName)), 'createClient'].sort();
  imports.push(
    `import { type Client, type ClientOptions, ${coreNames.join(', ')} } from '@org/core';`,
    umbrellaWebhooks.importLine,
  );
  imports.sort((a, b) => a.slice(a.indexOf("'")).localeCompare(b.slice(b.indexOf("'"))));
  imports.push(`import { ${helperRoots.sort().join(', ')} } from '${umbrellaHelpersModule}';`);
  imports.push("import { OfficialRequests } from '../official-requests.js';");
  imports.push(
    `import { adminClientOptionsOf, clientOptionsOf, type OpenAIOptions, overriddenOptions } from '${optionsModule}';`,
  );
  const byName = (a: Accessor, b: Accessor) => a.property.localeCompare(b.property);
  top.sort(byName);
  beta.sort(byName);
  const betaClass = [
    '/** `openai.beta`: the resources the official package keeps under `beta`. */',
    'export class OpenAIBeta {',
    ['readonly #client: Client;', ...fields(beta)].join('\n'),
    '',
    'constructor(client: Client) {\n  this.#client = client;\n}',
    '',
    beta.map((accessor) => getter(accessor, 'this.#client')).join('\n\n'),
    '}',
  ].join('\n');
  const topAccessors = top.map((accessor) =>
    accessor.adminChildren.length > 0
      ? getter(
          { ...accessor, className: `OpenAI${accessor.className}` },
          'this.client, () => this.adminClient',
          accessor.className,
        )
      : getter(accessor, accessor.admin ? 'this.adminClient' : 'this.client'),
  );
  const adminChildClasses = top.filter((accessor) => accessor.adminChildren.length > 0).map(adminChildClass);
  const openAIClass = [
    '/**',
    ' * Every API resource under the same method paths as the official `openai` package, built on first use, and its',
    ' * raw calls (`openai.post(path, options)`).',
    ' */',
    'export class OpenAI extends OfficialRequests {',
    [
      '/** The class itself, as the official client carries it (`new OpenAI.OpenAI()`). */',
      'static readonly OpenAI: typeof OpenAI = OpenAI;',
      ...staticMembers.map(([name, coreName]) => `static readonly ${name} = ${coreName};`),
      umbrellaWebhooks.staticMember,
    ].join('\n'),
    '',
    '/** The client every call except `admin` goes through. */',
    'override readonly client: Client;',
    ['readonly #options: OpenAIOptions;', '#adminClient: Client | undefined;', '#beta: OpenAIBeta | undefined;']
      .concat(fields(top), umbrellaWebhooks.field)
      .join('\n'),
    '',
    [
      'constructor(options: OpenAIOptions = {}) {',
      '  super();',
      '  this.#options = options;',
      '  this.client = this.newClient(clientOptionsOf(options));',
      '}',
    ].join('\n'),
    '',
    [
      '/** Makes the client every call except `admin` goes through: `createClient`, or an Azure one in `AzureOpenAI`. */',
      'protected newClient(options: ClientOptions): Client {',
      '  return createClient(options);',
      '}',
    ].join('\n'),
    '',
    [
      '/** The client for the calls that need the admin key, made on first use with `adminAPIKey` or `OPENAI_ADMIN_KEY`. */',
      'get adminClient(): Client {',
      '  if (this.#adminClient === undefined) {',
      '    this.#adminClient = createAdminClient(adminClientOptionsOf(this.#options));',
      '  }',
      '  return this.#adminClient;',
      '}',
    ].join('\n'),
    '',
    [
      "/** A new client with these options over this one's: `openai.withOptions({ timeout: 5_000 })`. */",
      'withOptions(overrides: OpenAIOptions): OpenAI {',
      '  return new OpenAI(overriddenOptions(this.#options, overrides));',
      '}',
    ].join('\n'),
    '',
    getter({ property: 'beta', className: 'OpenAIBeta', admin: false, adminChildren: [] }, 'this.client'),
    '',
    topAccessors.join('\n\n'),
    '',
    umbrellaWebhooks.getter,
    '}',
  ].join('\n');
  const namespace = officialNamespace();
  imports.push(...namespace.imports);
  const client = [
    generatedHeader,
    imports.join('\n'),
    '',
    ...adminChildClasses.flatMap((text) => [text, '']),
    betaClass,
    '',
    openAIClass,
    '',
    namespace.text,
    '',
  ].join('\n');
  const index = `${generatedHeader}\nexport { OpenAI, OpenAIBeta } from './openai-client.js';\n`;
  return new Map([
    ['packages/openai/src/generated/openai-client.ts', client],
    emitUmbrellaHelpers(packages),
    ['packages/openai/src/generated/index.ts', index],
  ]);
}
