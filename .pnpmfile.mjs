// pnpm hooks. `beforePacking` shapes the package.json that `pnpm pack` and `pnpm publish` put in a tarball.
// pnpm-lock.yaml records this file's checksum (`pnpmfileChecksum`): after editing it, run `pnpm install`.

const SOURCE_CONDITION = '@org/source';

/** An `exports` value without the workspace-only condition, which points at `src/` files that are not published. */
function withoutSourceCondition(target) {
  if (typeof target !== 'object' || target === null) return target;
  return Object.fromEntries(
    Object.entries(target)
      .filter(([condition]) => condition !== SOURCE_CONDITION)
      .map(([condition, value]) => [condition, withoutSourceCondition(value)]),
  );
}

export const hooks = {
  beforePacking(manifest) {
    if (manifest.exports === undefined) return manifest;
    return { ...manifest, exports: withoutSourceCondition(manifest.exports) };
  },
};
