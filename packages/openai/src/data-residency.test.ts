import { ConfigError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import OpenAI, { AzureOpenAI } from './index.js';

const server = useTestServer();
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('new OpenAI({ dataResidency })', () => {
  it("sends every call to the region's API host, over OPENAI_BASE_URL", async () => {
    vi.stubEnv('OPENAI_BASE_URL', 'https://gateway.example/v1');
    server.on('GET', '/models', { json: { object: 'list', data: [] } });
    const sentTo: string[] = [];
    const openai = new OpenAI({
      apiKey: 'sk-test',
      dataResidency: 'eu',
      hooks: {
        // The region's host as the call would reach it, then on to the local server in its place.
        beforeRequest(request) {
          sentTo.push(request.url);
          request.url = request.url.replace('https://eu.api.openai.com/v1', server.baseURL);
        },
      },
    });
    await openai.models.list();
    expect(sentTo).toEqual(['https://eu.api.openai.com/v1/models']);
    expect(server.requests).toHaveLength(1);
  });

  it('selects each region the official client knows, and the admin calls go there too', () => {
    const hosts = ['global', 'us', 'eu', 'ae', 'au', 'in', 'jp'].map((region) => {
      const openai = new OpenAI({ apiKey: 'sk-test', adminAPIKey: 'sk-admin', dataResidency: region as 'us' });
      expect(openai.adminClient.baseURL).toBe(openai.client.baseURL);
      return new URL(openai.client.baseURL).host;
    });
    expect(hosts).toEqual([
      'api.openai.com',
      'us.api.openai.com',
      'eu.api.openai.com',
      'ae.api.openai.com',
      'au.api.openai.com',
      'in.api.openai.com',
      'jp.api.openai.com',
    ]);
  });

  it('refuses an unknown region, a baseURL beside it and AzureOpenAI, naming the option', () => {
    const failure = (make: () => unknown) => {
      try {
        make();
      } catch (error) {
        return error;
      }
      throw new Error('expected the constructor to throw');
    };
    const unknown = failure(() => new OpenAI({ apiKey: 'sk-test', dataResidency: 'mars' as 'eu' }));
    expect(unknown).toBeInstanceOf(ConfigError);
    expect(String(unknown)).toMatch(/dataResidency.*global, us, eu, ae, au, in, jp/);
    const both = failure(() => new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL, dataResidency: 'eu' }));
    expect(String(both)).toMatch(/`baseURL` and `dataResidency` are mutually exclusive/);
    const azure = failure(
      () => new AzureOpenAI({ apiKey: 'k', endpoint: server.url, apiVersion: 'v', ...{ dataResidency: 'eu' } }),
    );
    expect(azure).toBeInstanceOf(ConfigError);
    expect(String(azure)).toMatch(/dataResidency/);
  });

  it('null leaves the address as it was, and withOptions swaps one form of the address for the other', () => {
    const openai = new OpenAI({ apiKey: 'sk-test', baseURL: server.baseURL, dataResidency: null });
    expect(openai.client.baseURL).toBe(server.baseURL);
    const regional = openai.withOptions({ dataResidency: 'jp' });
    expect(regional.client.baseURL).toBe('https://jp.api.openai.com/v1');
    expect(regional.withOptions({ baseURL: server.baseURL }).client.baseURL).toBe(server.baseURL);
    expect(regional.withOptions({ timeout: 5_000 }).client.baseURL).toBe('https://jp.api.openai.com/v1');
  });
});
