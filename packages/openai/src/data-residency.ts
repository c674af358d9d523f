import { ConfigError } from '@org/core';

/** The regions the official client's `dataResidency` option selects, each served from its own API host. */
export type DataResidency = 'global' | 'us' | 'eu' | 'ae' | 'au' | 'in' | 'jp';

const residencyBaseURLs: Readonly<Record<DataResidency, string>> = {
  global: 'https://api.openai.com/v1',
  us: 'https://us.api.openai.com/v1',
  eu: 'https://eu.api.openai.com/v1',
  ae: 'https://ae.api.openai.com/v1',
  au: 'https://au.api.openai.com/v1',
  in: 'https://in.api.openai.com/v1',
  jp: 'https://jp.api.openai.com/v1',
};

/** The API root of a region; an unknown one throws a `ConfigError` listing those there are. */
export function dataResidencyBaseURL(region: DataResidency): string {
  if (!Object.hasOwn(residencyBaseURLs, region)) {
    throw new ConfigError('dataResidency', `expected one of ${Object.keys(residencyBaseURLs).join(', ')}`);
  }
  return residencyBaseURLs[region];
}
