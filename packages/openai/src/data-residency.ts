import { ConfigError } from '@org/core';

/** The regions the official client's `dataResidency` option selects, each served from its own API host. */
export type DataResidency = 'global' | 'us' | 'eu' | 'ae' | 'au' | 'in' | 'jp';

const regions: readonly string[] = ['global', 'us', 'eu', 'ae', 'au', 'in', 'jp'] satisfies DataResidency[];

/** The API root of a region (`eu` → `https://eu.api.openai.com/v1`); an unknown one throws a `ConfigError`. */
export function dataResidencyBaseURL(region: DataResidency): string {
  if (!regions.includes(region)) throw new ConfigError('dataResidency', `expected one of ${regions.join(', ')}`);
  return `https://${region === 'global' ? '' : `${region}.`}api.openai.com/v1`;
}
