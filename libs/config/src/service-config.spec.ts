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

  it('listens on loopback unless BIND_ADDRESS says otherwise, and refuses a value that is no address', () => {
    const env = { DATABASE_URL: 'postgres://x/y' };
    expect(loadServiceConfig('scoring', env).bindAddress).toBe('127.0.0.1');
    expect(loadServiceConfig('scoring', { ...env, BIND_ADDRESS: '0.0.0.0' }).bindAddress).toBe('0.0.0.0');
    expect(loadServiceConfig('scoring', { ...env, BIND_ADDRESS: '::1' }).bindAddress).toBe('::1');
    expect(() => loadServiceConfig('scoring', { ...env, BIND_ADDRESS: 'everywhere' })).toThrow(
      /BIND_ADDRESS/,
    );
  });
});
