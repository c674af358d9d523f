import { ConfigError } from '@org/core';
import { useTestServer } from '@org/testing/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAdminClient } from './create-admin-client.js';
import { listProjects } from './generated/index.js';
import { thrownBy } from './test-support/thrown-by.js';

const server = useTestServer();

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('createAdminClient', () => {
  it('sends the key from OPENAI_ADMIN_KEY, not the project key from OPENAI_API_KEY', async () => {
    vi.stubEnv('OPENAI_ADMIN_KEY', 'sk-admin-env');
    vi.stubEnv('OPENAI_API_KEY', 'sk-proj-env');
    server.on('GET', '/organization/projects', { json: { object: 'list', data: [], has_more: false } });
    await listProjects(createAdminClient({ baseURL: server.baseURL }));
    expect(server.lastRequest()?.headers.authorization).toBe('Bearer sk-admin-env');
  });

  it('refuses to start without an admin key, even with OPENAI_API_KEY set, and names both ways to give one', () => {
    vi.stubEnv('OPENAI_ADMIN_KEY', '');
    vi.stubEnv('OPENAI_API_KEY', 'sk-proj-env');
    const error = thrownBy(() => createAdminClient({ baseURL: server.baseURL }), ConfigError);
    expect(error.option).toBe('apiKey');
    expect(error.message).toMatch(/OPENAI_ADMIN_KEY/);
    expect(error.message).not.toContain('sk-proj-env');
  });

  describe('in a browser page', () => {
    const inAPage = () => {
      vi.stubGlobal('window', { document: {} });
      vi.stubGlobal('navigator', { userAgent: 'test-browser' });
    };

    it('refuses an admin key however it comes, dangerouslyAllowBrowser or not, and never says the key', () => {
      inAPage();
      const attempts = [
        { apiKey: 'sk-admin-secret' },
        { apiKey: 'sk-admin-secret', dangerouslyAllowBrowser: true },
        { apiKey: () => 'sk-admin-secret' },
        { apiKey: 'ek_ephemeral' },
      ];
      for (const options of attempts) {
        const error = thrownBy(() => createAdminClient({ ...options, baseURL: server.baseURL }), ConfigError);
        expect(error.option).toBe('dangerouslyAllowAdminKeyInBrowser');
        expect(error.message).not.toContain('sk-admin-secret');
      }
    });

    it('runs with its own explicit opt-in', async () => {
      inAPage();
      server.on('GET', '/organization/projects', { json: { object: 'list', data: [], has_more: false } });
      const admin = createAdminClient({
        apiKey: 'sk-admin-secret',
        baseURL: server.baseURL,
        dangerouslyAllowAdminKeyInBrowser: true,
      });
      await listProjects(admin);
      expect(server.lastRequest()?.headers.authorization).toBe('Bearer sk-admin-secret');
    });
  });

  it('starts outside a page without any opt-in', () => {
    expect(() => createAdminClient({ apiKey: 'sk-admin-secret', baseURL: server.baseURL })).not.toThrow();
  });
});
