// A warm `npm start` (same build, same database) need not run dist/scripts/migrate.js: it boots
// TypeORM for five schemas and re-runs the idempotent seeds, about 4 s of CPU on two busy cores.
// After a migrate+seed that succeeded, start writes a marker in the data directory naming the build
// and the database; the next start skips the migrate when the marker matches AND one query shows
// every schema's migrations table holding every migration this build ships (a database that was
// reset, or a migration that the marker does not know of, runs the full migrate).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const markerFile = (dataDir) => join(dataDir, 'migrated.json');
// The marker names the database by a digest of its URL: a DATABASE_URL may carry a password.
const recorded = (identity) =>
  JSON.stringify({
    ...identity,
    databaseUrl: createHash('sha256').update(identity.databaseUrl).digest('hex'),
  });

/**
 * What the migrate+seed depended on: the build (build.mjs writes the supergraph last, so its time
 * is when the build finished: any rebuild, of a seed or a migration, changes it), the migrations
 * it ships, the database and the seeds asked for.
 */
export function migrateIdentity(root, { databaseUrl, services, schemaOf, args, nodeEnv }) {
  const migrations = {};
  for (const service of services) {
    const dir = join(root, 'dist/services', service, 'src/migrations');
    // TypeORM records a migration's timestamp from its class name, the same 13 digits as its file.
    migrations[schemaOf(service)] = existsSync(dir)
      ? readdirSync(dir)
          .map((file) => /^(\d{13})-.*\.js$/.exec(file)?.[1])
          .filter(Boolean)
          .map(Number)
          .sort((a, b) => a - b)
      : [];
  }
  return {
    build: statSync(join(root, 'dist/gateway/supergraph.graphql')).mtimeMs,
    databaseUrl,
    args,
    nodeEnv,
    migrations,
  };
}

/** Why the migrate must run, or undefined when the marker matches and the database has them all. */
export async function migrateNeeded(dataDir, identity, { connect }) {
  let marker;
  try {
    marker = readFileSync(markerFile(dataDir), 'utf8');
  } catch {
    return 'no record of a migrate with this data directory';
  }
  if (marker !== recorded(identity)) return 'the build or the database changed since the last migrate';
  const client = await connect(identity.databaseUrl);
  try {
    for (const [schema, expected] of Object.entries(identity.migrations)) {
      // to_regclass: a schema dropped (a reset database) answers null instead of an error.
      const { rows } = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [
        `"${schema}".migrations`,
      ]);
      if (!rows[0].present) return `${schema} has no migrations table`;
      const applied = await client.query(`SELECT timestamp FROM "${schema}".migrations`);
      const have = new Set(applied.rows.map((row) => Number(row.timestamp)));
      const missing = expected.filter((timestamp) => !have.has(timestamp));
      if (missing.length) return `${schema} lacks migration ${missing.join(', ')}`;
    }
  } finally {
    await client.end();
  }
  return undefined;
}

/** Forgotten before a migrate (a failed one must not leave a marker), written after it succeeded. */
export const forgetMigrate = (dataDir) => rmSync(markerFile(dataDir), { force: true });
export const rememberMigrate = (dataDir, identity) => writeFileSync(markerFile(dataDir), recorded(identity));
