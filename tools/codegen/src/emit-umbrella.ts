import { officialNamespace } from './emit-official-names.js';
import { emitUmbrellaHelpers, umbrellaHelperClasses, umbrellaHelpersModule } from './emit-umbrella-helpers.js';
import type { GeneratedPackage } from './generate.js';
import { generatedHeader } from './header.js';
import { umbrellaPackages } from './umbrella-packages.js';
import { umbrellaWebhooks } from './umbrella-webhooks.js';

interface Accessor {
  property: string;
  className: string;
  admin: boolean;
}

function getter(accessor: Accessor, client: string): string {
  const field = `#${accessor.property}`;
  return [
    `get ${accessor.property}(): ${accessor.className} {`,
    `  this.${field} ??= new ${accessor.className}(${client});`,
    `  return this.${field};`,
    '}',
  ].join('\n');
}

function fields(accessors: Accessor[]): string[] {
  return accessors.map((accessor) => `#${accessor.property}: ${accessor.className} | undefined;`);
}

const optionsType = `type ClientOptions = NonNullable<Parameters<typeof createClient>[0]>;

/** Options for \`new OpenAI()\`: the core client's, plus the key for organization admin calls. */
export type OpenAIOptions = ClientOptions & {
  /** Key for \`openai.admin\` (spelled as in the official package); defaults to \`OPENAI_ADMIN_KEY\`. */
  adminAPIKey?: string | undefined;
${umbrellaWebhooks.option}
};`;

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
    if (pkg.info.name === 'admin') names.push('createAdminClient');
    if (names.length > 0) imports.push(`import { ${names.sort().join(', ')} } from '@org/${pkg.info.name}';`);
    for (const tree of pkg.resources) {
      const [first, second] = tree.path.split('.');
      const className = helperClasses.get(tree.path)?.name ?? tree.className;
      if (className !== tree.className) helperRoots.push(className);
      const accessor = { property: second ?? first!, className, admin: first === 'admin' };
      (second === undefined ? top : beta).push(accessor);
    }
  }
  const coreNames = [...new Set(staticMembers.map(([, coreName]) => coreName)), 'createClient'].sort();
  imports.push(`import { type Client, ${coreNames.join(', ')} } from '@org/core';`, umbrellaWebhooks.importLine);
  imports.sort((a, b) => a.slice(a.indexOf("'")).localeCompare(b.slice(b.indexOf("'"))));
  imports.push(`import { ${helperRoots.sort().join(', ')} } from '${umbrellaHelpersModule}';`);
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
  const topAccessors = top.map((accessor) => getter(accessor, accessor.admin ? 'this.adminClient' : 'this.client'));
  const openAIClass = [
    '/** Every API resource under the same method paths as the official `openai` package, built on first use. */',
    'export class OpenAI {',
    [
      ...staticMembers.map(([name, coreName]) => `static readonly ${name} = ${coreName};`),
      umbrellaWebhooks.staticMember,
    ].join('\n'),
    '',
    '/** The client every call except `admin` goes through. */',
    'readonly client: Client;',
    ['readonly #options: OpenAIOptions;', '#adminClient: Client | undefined;', '#beta: OpenAIBeta | undefined;']
      .concat(fields(top), umbrellaWebhooks.field)
      .join('\n'),
    '',
    [
      'constructor(options: OpenAIOptions = {}) {',
      '  this.#options = options;',
      '  const { adminAPIKey: _adminAPIKey, webhookSecret: _webhookSecret, ...clientOptions } = options;',
      '  this.client = this.newClient(clientOptions);',
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
      '/** The client for `admin` calls, made on first use with `adminAPIKey` or `OPENAI_ADMIN_KEY`. */',
      'get adminClient(): Client {',
      '  if (this.#adminClient === undefined) {',
      '    const { adminAPIKey, webhookSecret: _webhookSecret, ...clientOptions } = this.#options;',
      '    this.#adminClient = createAdminClient({ ...clientOptions, apiKey: adminAPIKey });',
      '  }',
      '  return this.#adminClient;',
      '}',
    ].join('\n'),
    '',
    [
      "/** A new client with these options over this one's: `openai.withOptions({ timeout: 5_000 })`. */",
      'withOptions(overrides: OpenAIOptions): OpenAI {',
      '  return new OpenAI({ ...this.#options, ...overrides });',
      '}',
    ].join('\n'),
    '',
    getter({ property: 'beta', className: 'OpenAIBeta', admin: false }, 'this.client'),
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
    optionsType,
    '',
    betaClass,
    '',
    openAIClass,
    '',
    namespace.text,
    '',
  ].join('\n');
  const index = `${generatedHeader}\nexport { OpenAI, OpenAIBeta, type OpenAIOptions } from './openai-client.js';\n`;
  return new Map([
    ['packages/openai/src/generated/openai-client.ts', client],
    emitUmbrellaHelpers(packages),
    ['packages/openai/src/generated/index.ts', index],
  ]);
}
