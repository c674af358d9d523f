/** A leaf of a query string or multipart body: a scalar, or a file in a multipart body. */
export type FormField = [name: string, value: unknown];

function isLeaf(value: unknown): boolean {
  return typeof value !== 'object' || value === null || value instanceof Blob;
}

/**
 * The API's bracket convention for query strings and multipart bodies (the official SDKs' too): arrays as repeated
 * `name[]`, objects as `name[key]`; `null` and `undefined` are left out.
 */
export function formFields(name: string, value: unknown): FormField[] {
  if (value === null || value === undefined) return [];
  if (isLeaf(value)) return [[name, value]];
  if (Array.isArray(value)) return value.flatMap((item) => formFields(name.endsWith('[]') ? name : `${name}[]`, item));
  return Object.entries(value).flatMap(([key, item]) => formFields(`${name}[${key}]`, item));
}

/** Folds bracketed names back into objects and arrays: `a[b][]=1` → `{ a: { b: ['1'] } }`. */
export function rebuildForm(fields: readonly FormField[]): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of fields) {
    const [head = name, ...rest] = name.split('[').map((part, index) => (index === 0 ? part : part.slice(0, -1)));
    let container: Record<string, unknown> | unknown[] = root;
    let key: string = head;
    for (const part of rest) {
      const current = (container as Record<string, unknown>)[key];
      const next = current ?? (part === '' ? [] : {});
      (container as Record<string, unknown>)[key] = next;
      container = next as Record<string, unknown> | unknown[];
      key = part;
    }
    if (Array.isArray(container) && key === '') container.push(value);
    else (container as Record<string, unknown>)[key] = value;
  }
  return root;
}
