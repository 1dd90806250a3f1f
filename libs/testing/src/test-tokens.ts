import { generateJwtKeyPair, JwtIssuer, type AuthUser, type JwtKeyPair } from '@points/auth';

export const TEST_JWT_SETTINGS = { issuer: 'points-platform', audience: 'points-platform' };

let keys: JwtKeyPair | undefined;
let issuer: Promise<JwtIssuer> | undefined;

/** One key pair per test process: apps under test verify with it, `mintToken` signs with it. */
export function testJwtKeys(): JwtKeyPair {
  keys ??= generateJwtKeyPair();
  return keys;
}

/** A valid access token for any role, as login would issue it. */
export async function mintToken(user: AuthUser): Promise<string> {
  issuer ??= JwtIssuer.fromPem(testJwtKeys().privateKeyPem, TEST_JWT_SETTINGS);
  return (await issuer).issue(user);
}
