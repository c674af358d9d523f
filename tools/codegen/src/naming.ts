/** Splits `fine_tuning-job.Id` style names into lowercase-insensitive words. */
function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
}

export function camelCase(name: string): string {
  const parts = words(name);
  return parts
    .map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1).toLowerCase()))
    .join('');
}

/** `createChatCompletion` → `CreateChatCompletion`: capitalises the first letter, keeps the rest. */
export function upperFirst(name: string): string {
  return name.length === 0 ? name : name[0]!.toUpperCase() + name.slice(1);
}

/** `createChatCompletion` → `create-chat-completion`. */
export function kebabCase(name: string): string {
  return words(name)
    .map((word) => word.toLowerCase())
    .join('-');
}

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(name: string): boolean {
  return identifierPattern.test(name);
}

/** A single-quoted TypeScript string literal. */
export function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/** A property key as written in a type literal or object literal. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : quote(name);
}
