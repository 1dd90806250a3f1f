import { Injectable, type OnModuleInit } from '@nestjs/common';
import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

// `Algorithm` is a const enum in the typings and an empty object at run time: use its value.
const ARGON2ID = 2 as Algorithm;

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (about 30 ms here). */
const OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Passwords hashed with argon2id; the PHC string keeps the parameters and salt with the hash. */
@Injectable()
export class PasswordHasher implements OnModuleInit {
  private dummy: Promise<string> | undefined;

  /** Computed at start, so the first unknown-user log-in is not slower than the rest. */
  onModuleInit(): void {
    this.dummy ??= this.hash('dummy-password-0');
  }

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(passwordHash: string, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }

  /**
   * For an unknown username: spend the same work as a real check, so the answer's timing does
   * not tell whether the username exists. Always false.
   */
  async verifyAgainstDummy(password: string): Promise<false> {
    this.dummy ??= this.hash('dummy-password-0');
    await this.verify(await this.dummy, password);
    return false;
  }
}
