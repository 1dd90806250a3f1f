import { generateJwtKeyPair, JwtIssuer, JwtVerifier, Role } from './index';

const settings = { issuer: 'points-platform', audience: 'points-platform' };

describe('JWT (EdDSA)', () => {
  it('round-trips the claims of an officer', async () => {
    const keys = generateJwtKeyPair();
    const issuer = await JwtIssuer.fromPem(keys.privateKeyPem, settings);
    const verifier = await JwtVerifier.fromPem(keys.publicKeyPem, settings);
    const token = await issuer.issue({ sub: 'acc-1', role: Role.CENTRE_OFFICER, district: 'XUHUI' });
    await expect(verifier.verify(token)).resolves.toEqual({
      sub: 'acc-1',
      role: Role.CENTRE_OFFICER,
      district: 'XUHUI',
    });
  });

  it('refuses a token signed with another key', async () => {
    const issuer = await JwtIssuer.fromPem(generateJwtKeyPair().privateKeyPem, settings);
    const verifier = await JwtVerifier.fromPem(generateJwtKeyPair().publicKeyPem, settings);
    const token = await issuer.issue({ sub: 'acc-1', role: Role.HRSS_ADMIN });
    await expect(verifier.verify(token)).rejects.toThrow();
  });

  it('refuses an expired token and one for another audience', async () => {
    const keys = generateJwtKeyPair();
    const verifier = await JwtVerifier.fromPem(keys.publicKeyPem, settings);
    const expired = await (
      await JwtIssuer.fromPem(keys.privateKeyPem, settings)
    ).issue({ sub: 'a', role: Role.HRSS_ADMIN }, -10);
    await expect(verifier.verify(expired)).rejects.toThrow(/exp/);
    const other = await (
      await JwtIssuer.fromPem(keys.privateKeyPem, { ...settings, audience: 'elsewhere' })
    ).issue({ sub: 'a', role: Role.HRSS_ADMIN });
    await expect(verifier.verify(other)).rejects.toThrow(/aud/);
  });

  it('refuses centre staff without a district and HR without an employer', async () => {
    const keys = generateJwtKeyPair();
    const issuer = await JwtIssuer.fromPem(keys.privateKeyPem, settings);
    const verifier = await JwtVerifier.fromPem(keys.publicKeyPem, settings);
    await expect(
      verifier.verify(await issuer.issue({ sub: 'a', role: Role.CENTRE_OFFICER })),
    ).rejects.toThrow(/district/);
    await expect(verifier.verify(await issuer.issue({ sub: 'a', role: Role.EMPLOYER_HR }))).rejects.toThrow(
      /employer/,
    );
  });
});

describe('JWT claims that must be present', () => {
  it('refuses a correctly signed token that never expires', async () => {
    const keys = generateJwtKeyPair();
    const verifier = await JwtVerifier.fromPem(keys.publicKeyPem, settings);
    const { SignJWT, importPKCS8 } = await import('jose');
    const forever = await new SignJWT({ role: Role.HRSS_ADMIN })
      .setProtectedHeader({ alg: 'EdDSA' })
      .setSubject('acc-1')
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .sign(await importPKCS8(keys.privateKeyPem, 'EdDSA'));
    await expect(verifier.verify(forever)).rejects.toThrow(/exp/);
  });
});
