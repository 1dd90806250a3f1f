import { Counter, register } from 'prom-client';

function counter(name: string, help: string, labelNames: string[]): Counter {
  return (register.getSingleMetric(name) as Counter | undefined) ?? new Counter({ name, help, labelNames });
}

/** Work put back to wait because PostgreSQL or Redis did not answer (not a failure: no attempt used). */
export const dependencyWaitsTotal = counter(
  'dependency_waits_total',
  'Jobs and passes that waited for PostgreSQL or Redis to come back, by queue and error code',
  ['queue', 'code'],
);

/** Lost work found and handed out again (jobs gone from Redis, e.g. after FLUSHALL). */
export const redrivenTotal = counter(
  'redriven_total',
  'Outbox events and tasks re-published because their job was gone from Redis, by kind and consumer',
  ['kind', 'consumer'],
);
