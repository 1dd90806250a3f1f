import 'reflect-metadata';
import { loadServiceConfig, SERVICE_NAMES, type ServiceName } from '@points/config';
import { createServiceDataSource, runServiceMigrations } from '@points/db';
import type { DataSource } from 'typeorm';
import { ENTITIES as applicationEntities } from '../services/application/src/app.module';
import { MIGRATIONS as applicationMigrations } from '../services/application/src/migrations';
import { seedDevelopmentData as seedApplication } from '../services/application/src/seeds/development.seed';
import { seedDevelopmentOffice } from '../services/application/src/seeds/development-office.seed';
import { MIGRATIONS as archiveVerificationMigrations } from '../services/archive-verification/src/migrations';
import { MIGRATIONS as employerRegistrationMigrations } from '../services/employer-registration/src/migrations';
import { seedDevelopmentData as seedEmployerRegistration } from '../services/employer-registration/src/seeds/development.seed';
import { MIGRATIONS as notificationMigrations } from '../services/notification/src/migrations';
import { MIGRATIONS as scoringMigrations } from '../services/scoring/src/migrations';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const migrations: Record<ServiceName, Function[]> = {
  'employer-registration': employerRegistrationMigrations,
  application: applicationMigrations,
  'archive-verification': archiveVerificationMigrations,
  scoring: scoringMigrations,
  notification: notificationMigrations,
};

/**
 * Entities a seed writes through TypeORM (the application seed goes through the one write path,
 * a query builder over the Application entity); the migrations themselves need none.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
const seedEntities: Partial<Record<ServiceName, Function[]>> = { application: applicationEntities };

/** Demo data, only with --dev-seed (npm start); never in production. */
const developmentSeeds: Partial<Record<ServiceName, (ds: DataSource) => Promise<void>>> = {
  'employer-registration': seedEmployerRegistration,
  application: seedApplication,
};

/**
 * Applies every service's migrations to its own schema (each service may have its own database
 * URL), then the development seeds when asked. Idempotent: run it as often as you like.
 */
async function main(): Promise<void> {
  const devSeed = process.argv.includes('--dev-seed');
  const officeSeed = devSeed && process.argv.includes('--office-seed');
  for (const service of SERVICE_NAMES) {
    const config = loadServiceConfig(service);
    const dataSource = createServiceDataSource({
      url: config.databaseUrl,
      schema: config.databaseSchema,
      entities: devSeed ? (seedEntities[service] ?? []) : [],
      migrations: migrations[service],
      applicationName: `${service}-migrate`,
    });
    await dataSource.initialize();
    try {
      const applied = await runServiceMigrations(dataSource, config.databaseSchema);
      console.log(`${service}: ${applied.length ? `applied ${applied.join(', ')}` : 'up to date'}`);
      if (devSeed && config.nodeEnv !== 'production') await developmentSeeds[service]?.(dataSource);
      // npm start's working office (every district's queues); the test platform leaves it out.
      if (officeSeed && config.nodeEnv !== 'production' && service === 'application') {
        const added = await seedDevelopmentOffice(dataSource);
        if (added) console.log(`application: the office seed added ${added} applications in every district`);
      }
    } finally {
      await dataSource.destroy();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
