import { Controller, Get, Header } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Histogram, register } from 'prom-client';
import { Public } from '@points/auth';

let defaultsCollected = false;

/** Process metrics once per process (several Nest apps can share one process in tests). */
export function collectProcessMetrics(service: string): void {
  if (defaultsCollected) return;
  defaultsCollected = true;
  register.setDefaultLabels({ service });
  collectDefaultMetrics();
}

function metric<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

export const graphqlOperationDuration = metric(
  'graphql_operation_duration_seconds',
  () =>
    new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'GraphQL operations by name and outcome',
      labelNames: ['operation', 'outcome'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    }),
);

export const eventsHandledTotal = metric(
  'events_handled_total',
  () =>
    new Counter({
      name: 'events_handled_total',
      help: 'Events consumed, by type and result',
      labelNames: ['type', 'result'],
    }),
);

@Controller()
export class MetricsController {
  @Public()
  @Get('metrics')
  @Header('Content-Type', register.contentType)
  async metrics(): Promise<string> {
    return register.metrics();
  }
}
