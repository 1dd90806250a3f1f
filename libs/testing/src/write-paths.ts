import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// One write path per aggregate (style.md): the helpers of the `*one-write-path.spec.ts` suites.
// They read every production source of the platform (tests, migrations, benchmarks and test
// support aside) the way a reviewer's grep would.

const SKIPPED_DIRS = ['node_modules', 'dist', 'migrations', 'testing', 'test-support', 'bench'];

/** Every production `.ts` file under `dir` (relative paths from `root`). */
export function productionSources(root: string, dirs: readonly string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return SKIPPED_DIRS.includes(name) ? [] : walk(path);
      return name.endsWith('.ts') && !/\.(spec|integration-spec|e2e-spec)\.ts$/.test(name) ? [path] : [];
    });
  return dirs.flatMap((dir) => walk(join(root, dir))).map((file) => relative(root, file));
}

/**
 * What writes a table, as SQL (`UPDATE <schema or ${S}>.<table>`, INSERT, DELETE, MERGE) or as
 * TypeORM calls on its entity class (`.update(Entity, …)`, `getRepository(Entity).save(…)`).
 */
export function tableWrites(table: string, entity: string): RegExp[] {
  return [
    new RegExp(
      `\\b(UPDATE|INSERT\\s+INTO|DELETE\\s+FROM|MERGE\\s+INTO)\\s+(ONLY\\s+)?(\\S+\\.)?"?${table}"?(?![\\w"])`,
      'i',
    ),
    new RegExp(
      `\\.(update|into|delete|insert|save|upsert|remove|softDelete|increment|decrement)\\(\\s*${entity}\\s*[,)]`,
    ),
    new RegExp(
      `getRepository\\(\\s*${entity}\\s*\\)\\s*\\.\\s*(save|update|insert|upsert|delete|remove|increment|decrement)\\(`,
    ),
  ];
}

/** The files among `files` (relative to `root`) that match any of `patterns`. */
export function writersIn(root: string, files: readonly string[], patterns: readonly RegExp[]): string[] {
  return files.filter((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    return patterns.some((pattern) => pattern.test(text));
  });
}
