import { ConfigError } from '@points/config';
import { loadVerificationSettings } from './verification-settings';

describe('loadVerificationSettings', () => {
  it('defaults to the simulator with bounded retries, a timeout and seeding outside production', () => {
    const settings = loadVerificationSettings({}, 'development');
    expect(settings).toMatchObject({
      taskAttempts: 5,
      attemptTimeoutMs: 30_000,
      concurrency: 8,
      allowRegistrySeeding: true,
    });
    expect(Object.values(settings.registries.modes)).toEqual(Array(7).fill('simulator'));
    expect(loadVerificationSettings({}, 'production').allowRegistrySeeding).toBe(false);
  });

  it('selects registries per kind and names the variables an http registry still needs', () => {
    const env = { ARCHIVE_VERIFICATION_REGISTRY_EDUCATION: 'http' };
    expect(() => loadVerificationSettings(env)).toThrow(ConfigError);
    expect(() => loadVerificationSettings(env)).toThrow(/ARCHIVE_VERIFICATION_REGISTRY_URL/);
    const settings = loadVerificationSettings({
      ...env,
      ARCHIVE_VERIFICATION_REGISTRY_URL: 'https://registry.example.cn',
      ARCHIVE_VERIFICATION_REGISTRY_KEY_ID: 'k1',
      ARCHIVE_VERIFICATION_REGISTRY_SECRET: '0123456789abcdef0123',
    });
    expect(settings.registries.modes.EDUCATION).toBe('http');
    expect(settings.registries.modes.TAX).toBe('simulator');
    expect(() =>
      loadVerificationSettings(
        {
          ...env,
          ARCHIVE_VERIFICATION_REGISTRY_URL: 'http://plain',
          ARCHIVE_VERIFICATION_REGISTRY_KEY_ID: 'k',
          ARCHIVE_VERIFICATION_REGISTRY_SECRET: '0123456789abcdef',
        },
        'production',
      ),
    ).toThrow(/https/);
  });

  it('refuses a concurrency that would stall the event loop', () => {
    expect(() => loadVerificationSettings({ ARCHIVE_VERIFICATION_WORKER_CONCURRENCY: '500' })).toThrow(
      /ARCHIVE_VERIFICATION_WORKER_CONCURRENCY/,
    );
  });
});
