import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Logger } from 'nestjs-pino';
import type { DataSource } from 'typeorm';
import { startHeartbeat } from '@points/observability';
import { WorkerModule } from './worker.module';

/**
 * The verification worker process: `archive-verification.tasks` jobs against the registries.
 * Reads the same environment as main.ts (plus ARCHIVE_VERIFICATION_WORKER_CONCURRENCY etc.);
 * scale by starting more of these. SIGTERM/SIGINT: stop taking jobs, finish the running ones,
 * close the connections, exit.
 */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.init();
  app.get(Logger).log(`archive-verification worker ${process.pid} running`);
  // No HTTP to probe: the heartbeat file is the liveness signal (deploy/entrypoint.sh healthcheck).
  const dataSource = app.get<DataSource>(getDataSourceToken());
  startHeartbeat({
    service: 'archive-verification',
    checks: [() => dataSource.query('SELECT 1')],
    onMissed: (error) => app.get(Logger).warn(`heartbeat missed: ${String(error)}`),
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
