import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { NotificationWorkerModule } from './worker.module';

/**
 * `notification` worker process: the `notification.sms` queue worker and the stuck-message
 * sweeper. Same environment as main.ts (DATABASE_URL, REDIS_URL, REDIS_PREFIX, PII_*) plus the
 * SMS_* variables; no HTTP port. SIGTERM lets running sends finish, then exits.
 */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(NotificationWorkerModule.forRoot(), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log('notification worker running (notification.sms, sweeper)');
}

main().catch((error: unknown) => {
  // A bad environment or an unreachable database at boot: say so and exit non-zero.
  console.error(error);
  process.exit(1);
});
