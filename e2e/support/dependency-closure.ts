import type { LockedPackage } from './installed-lockfile.js';

/** The installed packages `name` pulls in, itself included, resolved as Node would from the project root. */
export function dependencyClosure(installed: LockedPackage[], name: string): LockedPackage[] {
  const byLocation = new Map(installed.map((entry) => [entry.location, entry]));
  const seen = new Map<string, LockedPackage>();
  const visit = (location: string): void => {
    const entry = byLocation.get(location);
    if (!entry || seen.has(location)) return;
    seen.set(location, entry);
    for (const dependency of Object.keys(entry.dependencies ?? {}))
      visit(resolveFrom(byLocation, location, dependency));
  };
  visit(`node_modules/${name}`);
  return [...seen.values()];
}

/** Node's lookup: the nearest node_modules up from the dependent's location that holds the dependency. */
function resolveFrom(byLocation: Map<string, LockedPackage>, from: string, dependency: string): string {
  let base = from;
  for (;;) {
    const candidate = `${base}/node_modules/${dependency}`;
    if (byLocation.has(candidate)) return candidate;
    const cut = base.lastIndexOf('/node_modules/');
    if (cut === -1) return `node_modules/${dependency}`;
    base = base.slice(0, cut);
  }
}
