import type { AzureClientOptions } from './azure-client-options.js';

/**
 * `parent` without what `child` replaces in another form: a `baseURL` replaces an `endpoint` (and the reverse), an
 * `apiKey` an `azureADTokenProvider` (and the reverse). Given together in one set of options, each pair is an error;
 * given in `withOptions`, the new one simply wins.
 */
export function dropReplacedAzureOptions<T extends AzureClientOptions>(parent: T, child: AzureClientOptions): T {
  const kept = { ...parent };
  if (child.baseURL !== undefined) kept.endpoint = undefined;
  if (child.endpoint !== undefined) kept.baseURL = undefined;
  if (child.apiKey !== undefined) kept.azureADTokenProvider = undefined;
  if (child.azureADTokenProvider !== undefined) kept.apiKey = undefined;
  return kept;
}
