import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateJwtKeyPair, JwtIssuer, JwtVerifier, Role } from '@points/auth';
import { ConfigError } from '@points/config';
import { loadSigningKeyConfig, resolveSigningKeyPem } from './signing-key.config';

describe('the token signing key', () => {
  const dev = { nodeEnv: 'development' as const, dataDir: '', schemaOnly: false };
  const prod = { ...dev, nodeEnv: 'production' as const };

  it('prefers the override, then AUTH_JWT_PRIVATE_KEY (with \\n escapes), then the file', () => {
    const pem = generateJwtKeyPair().privateKeyPem;
    expect(resolveSigningKeyPem(prod, { privateKeyPem: 'env' }, 'override')).toBe('override');
    const escaped = pem.replace(/\n/g, '\\n');
    expect(resolveSigningKeyPem(prod, loadSigningKeyConfig({ AUTH_JWT_PRIVATE_KEY: escaped }))).toBe(pem);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'er-key-')), 'jwt.pem');
    fs.writeFileSync(file, pem);
    expect(resolveSigningKeyPem(prod, loadSigningKeyConfig({ AUTH_JWT_PRIVATE_KEY_FILE: file }))).toBe(pem);
  });

  it('stops the boot in production without a key, naming both variables', () => {
    expect(() => resolveSigningKeyPem(prod, loadSigningKeyConfig({}))).toThrow(ConfigError);
    expect(() => resolveSigningKeyPem(prod, {})).toThrow(/AUTH_JWT_PRIVATE_KEY or AUTH_JWT_PRIVATE_KEY_FILE/);
    expect(() => resolveSigningKeyPem(prod, { privateKeyFile: '/nonexistent/key.pem' })).toThrow(
      /AUTH_JWT_PRIVATE_KEY_FILE: cannot read/,
    );
  });

  it('in development uses the key pair under .data/keys, so the development public key verifies it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'er-dev-'));
    const pem = resolveSigningKeyPem({ ...dev, dataDir }, {});
    const settings = { issuer: 'i', audience: 'a' };
    const token = await (await JwtIssuer.fromPem(pem, settings)).issue({ sub: 'x', role: Role.HRSS_ADMIN });
    const publicPem = fs.readFileSync(path.join(dataDir, 'keys', 'jwt-public.pem'), 'utf8');
    await expect((await JwtVerifier.fromPem(publicPem, settings)).verify(token)).resolves.toMatchObject({
      sub: 'x',
    });
  });
});
