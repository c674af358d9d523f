import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { GeneratedPackage } from './generate.js';
import { pathParamsInParams } from './official-params.js';
import type { PackageInfo } from './package-table.js';
import { readmeEnd, readmeFunctions, readmeStart } from './readme-functions.js';
import { umbrellaPackages } from './umbrella-packages.js';
import { umbrellaWebhooks } from './umbrella-webhooks.js';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function packageJson(name: string, description: string, dependencies: Record<string, string>): object {
  return {
    name: `@org/${name}`,
    version: '0.0.0',
    description,
    license: 'MIT',
    type: 'module',
    sideEffects: false,
    engines: { node: '>=20.19' },
    files: ['dist', 'README.md', 'CHANGELOG.md'],
    exports: {
      '.': {
        '@org/source': './src/index.ts',
        types: { import: './dist/index.d.ts', require: './dist/index.d.cts' },
        import: './dist/index.js',
        require: './dist/index.cjs',
      },
      './package.json': './package.json',
    },
    main: './dist/index.cjs',
    module: './dist/index.js',
    types: './dist/index.d.ts',
    scripts: { build: 'tsup', test: 'vitest run', typecheck: 'tsc -p tsconfig.json' },
    dependencies,
    publishConfig: { access: 'public' },
  };
}

const tsconfig = `{
  "extends": "../../tsconfig.base.json",
  "include": ["src"]
}
`;

const tsupConfig = `import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
});
`;

function indexFile(info: PackageInfo | undefined): string {
  if (info === undefined) {
    return [
      "export { OpenAI, OpenAI as default, OpenAIBeta } from './generated/index.js';",
      "export type { OpenAIOptions } from './openai-options.js';",
      '',
    ].join('\n');
  }
  const modules = ['./generated/index.js', ...(info.extraExports ?? [])].sort();
  return modules.map((path) => `export * from '${path}';\n`).join('');
}

/** For a package with streaming operations: that only the `stream…` functions stream. */
function streamingLines(pkg: GeneratedPackage): string[] {
  if (!pkg.models.some((model) => model.stream !== undefined)) return [];
  return [
    'A function that can stream never does: its `stream…` companion always does, so a bundle that never streams carries',
    'no stream code. The resource classes keep the official switch (`create({ stream: true })`).',
  ];
}

function classesLine(pkg: GeneratedPackage): string {
  const names = pkg.resources.map((tree) => `\`${tree.className}\``).join(', ');
  const first = pkg.models[0]!.entry.method;
  const root = pkg.resources[0]!;
  const call = `new ${root.className}(client)${first.slice(root.path.length)}(...)`;
  const line = `Resource classes (${names}) wrap the same functions under the official \`openai\` method paths: \`${call}\`.`;
  const nested = pkg.models.find((model) => model.pathParams.length > 1);
  if (nested === undefined) return line;
  const inside = pathParamsInParams(nested).map((param) => param.name);
  const example = `${nested.entry.method.split('.').slice(-2).join('.')}(${nested.pathParams.at(-1)!.argument}, { ${inside.join(', ')} })`;
  return `${line} They take the official arguments too: path parameters but the last go in the params object (\`${example}\`), where the functions take every path parameter in path order.`;
}

/** How the README says what the package holds: its functions and classes, or only types when it has no operations. */
function contentsLines(pkg: GeneratedPackage, list: string): string[] {
  if (pkg.models.length === 0) {
    return ['Its types are generated from the spec by `tools/codegen`; it has no API operations of its own.'];
  }
  return [
    'Every function takes the client first, then path parameters in path order, then the body and/or query,',
    'then per-request options (`signal`, `timeout`, `maxRetries`, `headers`, `query`, `idempotencyKey`, `extraBody`).',
    ...streamingLines(pkg),
    classesLine(pkg),
    '',
    '## Functions',
    '',
    list,
  ];
}

function readme(pkg: GeneratedPackage, list: string): string {
  const { name, description, notice, example } = pkg.info;
  return [
    `# @org/${name}`,
    '',
    ...(notice === undefined ? [] : [notice, '']),
    description,
    '',
    '## Install',
    '',
    '```sh',
    `npm install @org/${name} @org/core`,
    '```',
    '',
    '## Example',
    '',
    '```ts',
    example,
    '```',
    '',
    ...contentsLines(pkg, list),
    '',
  ].join('\n');
}

async function writeIfChanged(path: string, text: string): Promise<boolean> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === text) return false;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return true;
}

async function writeIfMissing(path: string, text: string): Promise<boolean> {
  return (await exists(path)) ? false : writeIfChanged(path, text);
}

/** Keeps a package.json as it is but for adding the dependencies; creates it from the template when missing. */
async function ensurePackageJson(path: string, template: object, dependencies: Record<string, string>) {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === undefined) return writeIfChanged(path, `${JSON.stringify(template, null, 2)}\n`);
  const manifest = JSON.parse(current) as { dependencies?: Record<string, string> };
  const json = { ...manifest, dependencies: { ...manifest.dependencies, ...dependencies } };
  return writeIfChanged(path, `${JSON.stringify(json, null, 2)}\n`);
}

/** Replaces the README's generated block, or writes the whole README when missing. */
async function ensureReadme(path: string, whole: string, block: string): Promise<boolean> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === undefined) return writeIfChanged(path, whole);
  const start = current.indexOf(readmeStart);
  const end = current.indexOf(readmeEnd);
  if (start < 0 || end < start) return false;
  return writeIfChanged(path, current.slice(0, start) + block + current.slice(end + readmeEnd.length));
}

const umbrellaExample = `import OpenAI from '@org/openai';

const openai = new OpenAI(); // OPENAI_API_KEY; admin calls use OPENAI_ADMIN_KEY or { adminAPIKey }
const completion = await openai.chat.completions.create({
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Say hello' }],
});
console.log(completion.choices[0]?.message.content);

for await (const project of openai.admin.organization.projects.list()) console.log(project.name);`;

/**
 * Creates what a package needs around its generated code (package.json, tsconfig, tsup config, index, README)
 * when missing, and refreshes the parts derived from the spec: dependencies and the README's function list.
 * Returns the paths it wrote.
 */
export async function scaffoldPackages(root: string, packages: GeneratedPackage[]): Promise<string[]> {
  const written: string[] = [];
  const record = async (path: string, write: Promise<boolean>) => {
    if (await write) written.push(path);
  };
  const core = { '@org/core': 'workspace:^' };
  for (const pkg of packages) {
    const { info } = pkg;
    const dir = join(root, 'packages', info.name);
    await record(
      `${dir}/package.json`,
      ensurePackageJson(`${dir}/package.json`, packageJson(info.name, info.description, core), core),
    );
    await record(`${dir}/tsconfig.json`, writeIfMissing(`${dir}/tsconfig.json`, tsconfig));
    await record(`${dir}/tsup.config.ts`, writeIfMissing(`${dir}/tsup.config.ts`, tsupConfig));
    await record(`${dir}/src/index.ts`, writeIfMissing(`${dir}/src/index.ts`, indexFile(info)));
    const block = readmeFunctions(pkg);
    const whole = readme(pkg, block);
    await record(`${dir}/README.md`, ensureReadme(`${dir}/README.md`, whole, block));
  }
  const dir = join(root, 'packages', 'openai');
  const dependencies: Record<string, string> = { ...core };
  for (const pkg of umbrellaPackages(packages)) {
    dependencies[`@org/${pkg.info.name}`] = 'workspace:^';
  }
  dependencies[umbrellaWebhooks.packageName] = 'workspace:^';
  const description = 'Every OpenAI API resource in one client, under the official `openai` method paths.';
  await record(
    `${dir}/package.json`,
    ensurePackageJson(`${dir}/package.json`, packageJson('openai', description, dependencies), dependencies),
  );
  await record(`${dir}/tsconfig.json`, writeIfMissing(`${dir}/tsconfig.json`, tsconfig));
  await record(`${dir}/tsup.config.ts`, writeIfMissing(`${dir}/tsup.config.ts`, tsupConfig));
  await record(`${dir}/src/index.ts`, writeIfMissing(`${dir}/src/index.ts`, indexFile(undefined)));
  const packageList = umbrellaPackages(packages)
    .map((pkg) => `- \`@org/${pkg.info.name}\`: ${pkg.info.description}`)
    .join('\n');
  await record(
    `${dir}/README.md`,
    writeIfMissing(
      `${dir}/README.md`,
      `# @org/openai\n\n${description} Each resource is built on first use; import the per-resource packages instead when bundle size matters.\n\n## Install\n\n\`\`\`sh\nnpm install @org/openai\n\`\`\`\n\n## Example\n\n\`\`\`ts\n${umbrellaExample}\n\`\`\`\n\n## Packages inside\n\n${packageList}\n`,
    ),
  );
  return written;
}
