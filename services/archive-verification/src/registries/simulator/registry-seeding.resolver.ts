import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Role, Roles } from '@points/auth';
import { BlindIndex, PiiCipher } from '@points/crypto';
import { AppException, GraphQLErrorCode } from '@points/errors';
import { VERIFICATION_SETTINGS, type VerificationSettings } from '../../verification-settings';
import { SeedRegistryPersonInput } from './registry-seed.dto';
import { registrySeedSchema, type RegistrySeed } from './registry-seed.schema';
import { seedRegistryRecords } from './registry-seeder';

export enum RegistrySeedingExceptionCode {
  SEEDING_DISABLED = 'SEEDING_DISABLED',
  INVALID_RECORD = 'INVALID_RECORD',
}

export class RegistrySeedingException extends AppException<RegistrySeedingExceptionCode> {
  constructor(
    code: RegistrySeedingExceptionCode,
    message: string,
    options: { field?: string; rule?: string } = {},
  ) {
    super(
      message,
      code,
      code === RegistrySeedingExceptionCode.SEEDING_DISABLED
        ? GraphQLErrorCode.FORBIDDEN
        : GraphQLErrorCode.BAD_USER_INPUT,
      options,
    );
  }
}

const MAX_PERSONS = 200;

/**
 * Writes records into the registry simulator, for development, demos and the end-to-end suite.
 * HRSS only, and refused in production (NODE_ENV=production): there the registries are real and
 * nothing may invent a person's history. The schema keeps the mutation in every environment so
 * the composed supergraph is the same everywhere.
 */
@Resolver()
export class RegistrySeedingResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly blindIndex: BlindIndex,
    @Inject(VERIFICATION_SETTINGS) private readonly settings: VerificationSettings,
  ) {}

  @Roles(Role.HRSS_ADMIN)
  @Mutation(() => Int, { description: 'Development only: add people’s records to the registry simulator' })
  async seedRegistryRecords(
    @Args('persons', { type: () => [SeedRegistryPersonInput] }) persons: SeedRegistryPersonInput[],
  ): Promise<number> {
    if (!this.settings.allowRegistrySeeding) {
      throw new RegistrySeedingException(
        RegistrySeedingExceptionCode.SEEDING_DISABLED,
        'The registry simulator cannot be seeded in production',
      );
    }
    if (persons.length > MAX_PERSONS) {
      throw new RegistrySeedingException(
        RegistrySeedingExceptionCode.INVALID_RECORD,
        `At most ${MAX_PERSONS} persons`,
        {
          field: 'persons',
          rule: 'MAX_ITEMS',
        },
      );
    }
    const seeds: RegistrySeed[] = persons.map((person, i) => {
      const parsed = registrySeedSchema.safeParse(withoutNulls(person));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new RegistrySeedingException(
          RegistrySeedingExceptionCode.INVALID_RECORD,
          `persons[${i}].${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
          { field: `persons[${i}].${issue?.path.join('.') ?? ''}`, rule: issue?.code ?? 'INVALID' },
        );
      }
      return parsed.data;
    });
    return seedRegistryRecords(this.dataSource, this.cipher, this.blindIndex, seeds);
  }
}

// GraphQL gives null for omitted nullable fields; the schema's defaults want them absent.
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}
