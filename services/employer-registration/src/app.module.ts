import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@points/config';
import { SubgraphCoreModule } from '@points/subgraph';
import { AccountHistoryEntry } from './accounts/account-history.entity';
import { AccountEntity } from './accounts/account.entity';
import { AccountsModule } from './accounts/accounts.module';
import { AppOptionsModule, type EmployerRegistrationOptions } from './common/app-options.module';
import { DistrictsModule } from './districts/districts.module';
import { Employer } from './employers/employer.entity';
import { EmployersModule } from './employers/employers.module';
import { ApplicantForgeryCase } from './forgery-cases/applicant-forgery-case.entity';
import { EmployerHistoryEntry } from './history/employer-history.entity';
import { LoginModule } from './login/login.module';
import { MIGRATIONS } from './migrations';
import { EmployerSanction } from './sanctions/employer-sanction.entity';
import { SanctionsModule } from './sanctions/sanctions.module';

export const ENTITIES = [
  Employer,
  EmployerHistoryEntry,
  EmployerSanction,
  AccountEntity,
  AccountHistoryEntry,
  ApplicantForgeryCase,
];

/** employer-registration: employers, HR users, applicant and staff accounts, login, sanctions. */
@Module({})
export class AppModule {
  /**
   * `options` overrides the signing key and the clock (tests); otherwise the environment's key
   * (AUTH_JWT_PRIVATE_KEY[_FILE], or the development key) and the system clock.
   */
  static forRoot(config?: Partial<ServiceConfig>, options: EmployerRegistrationOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SubgraphCoreModule.forRoot({
          service: 'employer-registration',
          entities: ENTITIES,
          migrations: MIGRATIONS,
          config,
        }),
        AppOptionsModule.forRoot(options),
        DistrictsModule,
        EmployersModule,
        LoginModule,
        AccountsModule,
        SanctionsModule,
      ],
    };
  }
}
