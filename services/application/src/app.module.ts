import { Module, type DynamicModule } from '@nestjs/common';
import type { ServiceConfig } from '@points/config';
import { SubgraphCoreModule } from '@points/subgraph';
import { Application } from './applications/application.entity';
import { ApplicationsModule } from './applications/applications.module';
import { CalendarModule } from './calendar/calendar.module';
import { ApplicationEventHandlersModule } from './events/application-event-handlers.module';
import { MIGRATIONS } from './migrations';

export const ENTITIES = [Application];

/** application: applications, lifecycle, review queues, history, points notice. */
@Module({})
export class AppModule {
  static forRoot(config?: Partial<ServiceConfig>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        SubgraphCoreModule.forRoot({
          service: 'application',
          entities: ENTITIES,
          migrations: MIGRATIONS,
          config,
        }),
        ApplicationsModule,
        CalendarModule,
        ApplicationEventHandlersModule,
      ],
    };
  }
}
