import { ConfigError, loadServiceConfig } from './index';

describe('loadServiceConfig', () => {
  it('uses the service database URL before the shared one, and the default port', () => {
    const config = loadServiceConfig('employer-registration', {
      DATABASE_URL: 'postgres://shared/db',
      EMPLOYER_REGISTRATION_DATABASE_URL: 'postgres://own/db',
    });
    expect(config.databaseUrl).toBe('postgres://own/db');
    expect(config.databaseSchema).toBe('employer_registration');
    expect(config.port).toBe(4001);
  });

  it('stops the boot naming the variable when it is wrong', () => {
    expect(() =>
      loadServiceConfig('scoring', { DATABASE_URL: 'postgres://x/y', SCORING_PORT: 'eighty' }),
    ).toThrow(/SCORING_PORT/);
    expect(() => loadServiceConfig('scoring', {})).toThrow(ConfigError);
    expect(() => loadServiceConfig('scoring', {})).toThrow(/SCORING_DATABASE_URL or DATABASE_URL/);
  });

  it('requires the gateway secret in production', () => {
    expect(() =>
      loadServiceConfig('notification', { NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' }),
    ).toThrow(/GATEWAY_SHARED_SECRET/);
  });
});
