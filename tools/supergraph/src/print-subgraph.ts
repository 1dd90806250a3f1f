import 'reflect-metadata';
import type { DynamicModule } from '@nestjs/common';
import type { ServiceName } from '@points/config';
import { printSubgraphSdl } from '@points/subgraph';

/*
 * Nest keeps GraphQL type metadata in one registry per process, and two subgraphs may declare a
 * type of the same name (Employer is owned by employer-registration and extended by
 * application). So each subgraph is printed in its own module graph: a child process in the CLI,
 * an isolated module registry in Jest. Only the requested service's code is loaded.
 */
const loaders: Record<ServiceName, () => DynamicModule> = {
  'employer-registration': () =>
    (require('../../../services/employer-registration/src/app.module') as typeof import('../../../services/employer-registration/src/app.module')).AppModule.forRoot(),
  application: () =>
    (require('../../../services/application/src/app.module') as typeof import('../../../services/application/src/app.module')).AppModule.forRoot(),
  'archive-verification': () =>
    (require('../../../services/archive-verification/src/app.module') as typeof import('../../../services/archive-verification/src/app.module')).AppModule.forRoot(),
  scoring: () =>
    (require('../../../services/scoring/src/app.module') as typeof import('../../../services/scoring/src/app.module')).AppModule.forRoot(),
  notification: () =>
    (require('../../../services/notification/src/app.module') as typeof import('../../../services/notification/src/app.module')).AppModule.forRoot(),
};

export function printSubgraph(service: ServiceName): Promise<string> {
  return printSubgraphSdl(loaders[service]);
}
