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

describe('JWT verification remembered per token', () => {
  it('refuses a token it accepted before once the token has expired', async () => {
    const keys = generateJwtKeyPair();
    let now = Date.now();
    const verifier = await JwtVerifier.fromPem(keys.publicKeyPem, settings, () => now);
    const issuer = await JwtIssuer.fromPem(keys.privateKeyPem, settings);
    const token = await issuer.issue({ sub: 'acc-1', role: Role.HRSS_ADMIN }, 60);
    await expect(verifier.verify(token)).resolves.toEqual({ sub: 'acc-1', role: Role.HRSS_ADMIN });
    now += 30_000;
    await expect(verifier.verify(token)).resolves.toEqual({ sub: 'acc-1', role: Role.HRSS_ADMIN });
    // 61 s after issue: past its 60 s lifetime, whatever was remembered.
    now += 31_000;
    await expect(verifier.verify(token)).rejects.toThrow(/exp/);
  });

  it('never remembers a refusal, nor accepts a token differing by one character from one it accepted', async () => {
    const keys = generateJwtKeyPair();
    const verifier = await JwtVerifier.fromPem(keys.publicKeyPem, settings);
    const issuer = await JwtIssuer.fromPem(keys.privateKeyPem, settings);
    const token = await issuer.issue({ sub: 'acc-1', role: Role.CENTRE_OFFICER, district: 'XUHUI' });
    await verifier.verify(token);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = `${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    await expect(verifier.verify(`${header}.${payload}.${flipped}`)).rejects.toThrow();
    await expect(verifier.verify(`${header}.${payload}.${flipped}`)).rejects.toThrow();
  });

  it('hands each caller its own copy of the user (a caller changing it changes no one else)', async () => {
    const keys = generateJwtKeyPair();
    const verifier = await JwtVerifier.fromPem(keys.publicKeyPem, settings);
    const issuer = await JwtIssuer.fromPem(keys.privateKeyPem, settings);
    const token = await issuer.issue({ sub: 'acc-1', role: Role.CENTRE_OFFICER, district: 'XUHUI' });
    const first = await verifier.verify(token);
    first.district = 'PUDONG';
    await expect(verifier.verify(token)).resolves.toMatchObject({ district: 'XUHUI' });
  });
});
