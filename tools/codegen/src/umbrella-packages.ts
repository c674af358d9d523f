import type { GeneratedPackage } from './generate.js';

/**
 * The packages the umbrella client is built from, by name: those with resource classes. A package of types only
 * has nothing to put under a method path, so the umbrella neither imports nor depends on it.
 */
export function umbrellaPackages(packages: readonly GeneratedPackage[]): GeneratedPackage[] {
  return packages.filter((pkg) => pkg.resources.length > 0).sort((a, b) => a.info.name.localeCompare(b.info.name));
}
