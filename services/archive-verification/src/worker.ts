import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
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
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
