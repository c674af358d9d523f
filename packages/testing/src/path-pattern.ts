/** Returns the captured parameters when the raw path matches, otherwise undefined. */
export type PathMatcher = (rawPath: string) => Record<string, string> | undefined;

/**
 * Compiles a route path. In strings, `{name}` matches exactly one non-empty segment; everything else is literal.
 * A RegExp is tested against the raw path and its named groups become parameters.
 * Parameters are percent-decoded (left raw if they are not valid percent-encoding).
 */
export function compilePathPattern(pattern: string | RegExp): PathMatcher {
  const regexp = typeof pattern === 'string' ? templateToRegExp(pattern) : pattern;
  return (rawPath) => {
    regexp.lastIndex = 0;
    const match = regexp.exec(rawPath);
    if (!match) return undefined;
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      if (value !== undefined) params[name] = decode(value);
    }
    return params;
  };
}

function templateToRegExp(template: string): RegExp {
  let source = '';
  let last = 0;
  for (const match of template.matchAll(/\{([A-Za-z_$][\w$]*)\}/g)) {
    source += `${escapeRegExp(template.slice(last, match.index))}(?<${match[1]}>[^/]+)`;
    last = match.index + match[0].length;
  }
  source += escapeRegExp(template.slice(last));
  return new RegExp(`^${source}$`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
