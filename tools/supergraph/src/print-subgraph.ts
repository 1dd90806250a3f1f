/* eslint-disable @nx/enforce-module-boundaries -- schema tooling must load each service's AppModule; services have no package entry point */
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
interface ServiceAppModule {
  forRoot(): DynamicModule;
}

const loaders: Record<ServiceName, () => Promise<{ AppModule: ServiceAppModule }>> = {
  'employer-registration': () => import('../../../services/employer-registration/src/app.module'),
  application: () => import('../../../services/application/src/app.module'),
  'archive-verification': () => import('../../../services/archive-verification/src/app.module'),
  scoring: () => import('../../../services/scoring/src/app.module'),
  notification: () => import('../../../services/notification/src/app.module'),
};

export async function printSubgraph(service: ServiceName): Promise<string> {
  const { AppModule } = await loaders[service]();
  return printSubgraphSdl(() => AppModule.forRoot());
}
