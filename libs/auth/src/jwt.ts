import { generateKeyPairSync, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importPKCS8, importSPKI, jwtVerify, SignJWT, type KeyLike } from 'jose';
import { LRUCache } from 'lru-cache';
import { isDistrict } from './district.constant';
import { Role } from './role.enum';
import type { AuthUser } from './auth-user';

export const JWT_ALGORITHM = 'EdDSA';

export interface JwtSettings {
  issuer: string;
  audience: string;
}

/** Tokens whose verification is remembered, per process (a few hundred bytes each). */
export const JWT_CACHE_MAX_TOKENS = 10_000;

interface Verified {
  user: AuthUser;
  /** The token's `exp`, in ms since the epoch: the cached answer is never used at or after it. */
  expiresAt: number;
}

/**
 * Verifies access tokens (gateway and every subgraph, architecture.md). A token that verified is
 * remembered (keyed by the whole token, so a changed byte is a different entry) until its own
 * expiry, at most JWT_CACHE_MAX_TOKENS of them, least recently used out first: the EdDSA check
 * was the gateway's largest cost per request after the GraphQL work (issue 18). A refused token
 * is never remembered. The platform has no token revocation (a token lives until `exp`, 8 h at
 * most); were one added, its check belongs before the cache.
 */
export class JwtVerifier {
  private readonly verified = new LRUCache<string, Verified>({ max: JWT_CACHE_MAX_TOKENS });

  private constructor(
    private readonly key: KeyLike,
    private readonly settings: JwtSettings,
    private readonly now: () => number,
  ) {}

  /** `now` is for tests of expiry; production uses the clock. */
  static async fromPem(
    publicKeyPem: string,
    settings: JwtSettings,
    now: () => number = Date.now,
  ): Promise<JwtVerifier> {
    return new JwtVerifier(await importSPKI(publicKeyPem, JWT_ALGORITHM), settings, now);
  }

  /** Returns the caller, or throws when the token is bad, expired or its claims don't hold together. */
  async verify(token: string): Promise<AuthUser> {
    const cached = this.verified.get(token);
    if (cached) {
      if (this.now() < cached.expiresAt) return { ...cached.user };
      this.verified.delete(token);
    }
    const { user, expiresAt } = await this.verifyNow(token);
    this.verified.set(token, { user: { ...user }, expiresAt });
    return user;
  }

  private async verifyNow(token: string): Promise<Verified> {
    const { payload } = await jwtVerify(token, this.key, {
      currentDate: new Date(this.now()),
      algorithms: [JWT_ALGORITHM],
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      // A token without an expiry would be valid for ever: refuse it, whoever signed it.
      requiredClaims: ['exp', 'sub'],
    });
    const role = payload.role;
    if (typeof payload.sub !== 'string' || !Object.values(Role).includes(role as Role)) {
      throw new Error('token has no subject or an unknown role');
    }
    const user: AuthUser = { sub: payload.sub, role: role as Role };
    if (isDistrict(payload.district)) user.district = payload.district;
    if (typeof payload.employerId === 'string') user.employerId = payload.employerId;
    if (typeof payload.applicantId === 'string') user.applicantId = payload.applicantId;
    // A scoped role without its scope would see nothing or everything: refuse it outright.
    if ((user.role === Role.CENTRE_OFFICER || user.role === Role.CENTRE_SUPERVISOR) && !user.district) {
      throw new Error('centre staff token without a district');
    }
    if (user.role === Role.EMPLOYER_HR && !user.employerId) throw new Error('HR token without an employer');
    if (user.role === Role.APPLICANT && !user.applicantId)
      throw new Error('applicant token without an applicant id');
    // requiredClaims guarantees exp; jose checked it is a number in the future.
    return { user, expiresAt: Number(payload.exp) * 1000 };
  }
}

/** Signs access tokens: used by login (employer-registration) and by test helpers. */
export class JwtIssuer {
  private constructor(
    private readonly key: KeyLike,
    private readonly settings: JwtSettings,
  ) {}

  static async fromPem(privateKeyPem: string, settings: JwtSettings): Promise<JwtIssuer> {
    return new JwtIssuer(await importPKCS8(privateKeyPem, JWT_ALGORITHM), settings);
  }

  async issue(user: AuthUser, ttlSeconds = 8 * 3600): Promise<string> {
    const { sub, ...claims } = user;
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: JWT_ALGORITHM })
      .setSubject(sub)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.key);
  }
}

export interface JwtKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

export function generateJwtKeyPair(): JwtKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

/**
 * Development keys live under `.data/keys/` (git-ignored): generated on first start, reused after.
 * Production keys come from the environment only.
 */
export function ensureDevJwtKeys(
  dataDir: string,
): JwtKeyPair & { privateKeyFile: string; publicKeyFile: string } {
  const dir = path.join(dataDir, 'keys');
  const privateKeyFile = path.join(dir, 'jwt-private.pem');
  const publicKeyFile = path.join(dir, 'jwt-public.pem');
  if (!fs.existsSync(privateKeyFile) || !fs.existsSync(publicKeyFile)) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const pair = generateJwtKeyPair();
    fs.writeFileSync(privateKeyFile, pair.privateKeyPem, { mode: 0o600 });
    fs.writeFileSync(publicKeyFile, pair.publicKeyPem, { mode: 0o644 });
  }
  return {
    privateKeyFile,
    publicKeyFile,
    privateKeyPem: fs.readFileSync(privateKeyFile, 'utf8'),
    publicKeyPem: fs.readFileSync(publicKeyFile, 'utf8'),
  };
}

/** The public key from AUTH_JWT_PUBLIC_KEY, else AUTH_JWT_PUBLIC_KEY_FILE, else the development key. */
export function resolvePublicKeyPem(options: {
  publicKeyPem?: string;
  publicKeyFile?: string;
  dataDir: string;
  allowDevKeys: boolean;
}): string {
  if (options.publicKeyPem) return options.publicKeyPem.replace(/\\n/g, '\n');
  if (options.publicKeyFile) return fs.readFileSync(options.publicKeyFile, 'utf8');
  if (options.allowDevKeys) return ensureDevJwtKeys(options.dataDir).publicKeyPem;
  throw new Error('AUTH_JWT_PUBLIC_KEY or AUTH_JWT_PUBLIC_KEY_FILE: required outside development');
}
