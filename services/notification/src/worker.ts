import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { startHeartbeat, startTracing } from '@points/observability';
import { NotificationWorkerModule } from './worker.module';

/**
 * `notification` worker process: the `notification.sms` queue worker and the stuck-message
 * sweeper. Same environment as main.ts (DATABASE_URL, REDIS_URL, REDIS_PREFIX, PII_*) plus the
 * SMS_* variables; no HTTP port. SIGTERM lets running sends finish, then exits.
 */
async function main(): Promise<void> {
  // Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: SMS jobs continue the trace that created them.
  startTracing('notification-worker');
  const app = await NestFactory.createApplicationContext(NotificationWorkerModule.forRoot(), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('notification worker running (notification.sms, sweeper)');
  // No HTTP to probe: the heartbeat file is the liveness signal (deploy/entrypoint.sh healthcheck).
  const dataSource = app.get<DataSource>(getDataSourceToken());
  startHeartbeat({
    service: 'notification',
    checks: [() => dataSource.query('SELECT 1')],
    onMissed: (error) => app.get(Logger).warn(`heartbeat missed: ${String(error)}`),
  });
}

main().catch((error: unknown) => {
  // A bad environment or an unreachable database at boot: say so and exit non-zero.
  console.error(error);
  process.exit(1);
});
