import * as fs from 'node:fs';
import { ensureDevJwtKeys, generateJwtKeyPair } from '@points/auth';
import { ConfigError, optionalString, parseEnv, type ServiceConfig } from '@points/config';
import { z } from 'zod';

/**
 * Only this service signs tokens, so the private key is its own configuration (the shared
 * ServiceConfig holds the public key every service verifies with).
 */
const signingKeyEnvSchema = z.object({
  AUTH_JWT_PRIVATE_KEY: optionalString,
  AUTH_JWT_PRIVATE_KEY_FILE: optionalString,
});

export interface SigningKeyConfig {
  privateKeyPem?: string;
  privateKeyFile?: string;
}

export function loadSigningKeyConfig(env: NodeJS.ProcessEnv = process.env): SigningKeyConfig {
  const parsed = parseEnv(signingKeyEnvSchema, env);
  return { privateKeyPem: parsed.AUTH_JWT_PRIVATE_KEY, privateKeyFile: parsed.AUTH_JWT_PRIVATE_KEY_FILE };
}

/**
 * The private key: an explicit override (tests), else AUTH_JWT_PRIVATE_KEY, else
 * AUTH_JWT_PRIVATE_KEY_FILE, else outside production the development key under `.data/keys/`
 * (the one the development public key belongs to). Printing the schema needs none.
 */
export function resolveSigningKeyPem(
  service: Pick<ServiceConfig, 'nodeEnv' | 'dataDir' | 'schemaOnly'>,
  keys: SigningKeyConfig,
  override?: string,
): string {
  if (override) return override;
  if (keys.privateKeyPem) return keys.privateKeyPem.replace(/\\n/g, '\n');
  if (keys.privateKeyFile) {
    try {
      return fs.readFileSync(keys.privateKeyFile, 'utf8');
    } catch (error) {
      throw new ConfigError([
        `AUTH_JWT_PRIVATE_KEY_FILE: cannot read ${keys.privateKeyFile} (${String(error)})`,
      ]);
    }
  }
  if (service.schemaOnly) return generateJwtKeyPair().privateKeyPem;
  if (service.nodeEnv !== 'production') return ensureDevJwtKeys(service.dataDir).privateKeyPem;
  throw new ConfigError([
    'AUTH_JWT_PRIVATE_KEY or AUTH_JWT_PRIVATE_KEY_FILE: required in production (employer-registration signs access tokens)',
  ]);
}
