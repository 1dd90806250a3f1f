import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@points/config';
import { SubgraphCoreModule } from '@points/subgraph';
import { DistrictsModule } from './districts/districts.module';
import { Employer } from './employers/employer.entity';
import { EmployersModule } from './employers/employers.module';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [Employer];

/** employer-registration: employers, HR users, applicant and staff accounts, login, sanctions. */
@Module({})
export class AppModule {
  static forRoot(config?: Partial<ServiceConfig>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SubgraphCoreModule.forRoot({
          service: 'employer-registration',
          entities: ENTITIES,
          migrations: MIGRATIONS,
          config,
        }),
        DistrictsModule,
        EmployersModule,
      ],
    };
  }
}
