/** The package.json fields the e2e checks read. */
export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  type?: string;
  sideEffects?: unknown;
  exports?: unknown;
  main?: string;
  module?: string;
  types?: string;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}
