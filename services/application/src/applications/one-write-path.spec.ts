import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ApplicationState } from './application-state.enum';
import type { ApplicationPatch } from './application.repository';

// The Application's one write path (style.md: one write path per aggregate): only
// application.repository.ts may write the application table. This reads every production source
// of the platform (tests, migrations and benchmarks aside) the way a reviewer's grep would.
const ROOT = join(__dirname, '../../../..');
const REPOSITORY = 'services/application/src/applications/application.repository.ts';

function productionSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return ['node_modules', 'dist', 'migrations', 'testing', 'bench'].includes(name)
        ? []
        : productionSources(path);
    }
    return name.endsWith('.ts') && !/\.(spec|integration-spec|e2e-spec)\.ts$/.test(name) ? [path] : [];
  });
}

/** SQL or TypeORM that writes `application.application` (not application_history or the others). */
const WRITES: readonly RegExp[] = [
  /\b(UPDATE|INSERT\s+INTO|DELETE\s+FROM|MERGE\s+INTO)\s+(ONLY\s+)?"?application"?\s*\.\s*"?application"?(?![\w"])/i,
  /\.(update|into|delete|insert|save|upsert|remove|softDelete|increment|decrement)\(\s*Application\s*[,)]/,
  /getRepository\(\s*Application\s*\)\s*\.\s*(save|update|insert|upsert|delete|remove|increment|decrement)\(/,
];

function writersIn(files: readonly string[]): string[] {
  return files
    .filter((file) => WRITES.some((pattern) => pattern.test(readFileSync(file, 'utf8'))))
    .map((file) => relative(ROOT, file));
}

describe('the application table has one write path', () => {
  const sources = ['services', 'libs', 'gateway'].flatMap((top) => productionSources(join(ROOT, top)));

  it('reads the whole platform (not an empty list)', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources.map((f) => relative(ROOT, f))).toContain(REPOSITORY);
  });

  it('finds writes where they are: the repository is caught by the same patterns', () => {
    expect(writersIn(sources.filter((f) => relative(ROOT, f) === REPOSITORY))).toEqual([REPOSITORY]);
  });

  it('has no production file but application.repository.ts writing the application table', () => {
    expect(writersIn(sources)).toEqual([REPOSITORY]);
  });

  it('has no production file but appeal.repository.ts writing the appeal table', () => {
    const APPEALS = 'services/application/src/appeals/appeal.repository.ts';
    const writesAppeal =
      /\b(UPDATE|INSERT\s+INTO|DELETE\s+FROM|MERGE\s+INTO)\s+(ONLY\s+)?"?application"?\s*\.\s*"?appeal"?(?![\w"])/i;
    expect(
      sources.filter((file) => writesAppeal.test(readFileSync(file, 'utf8'))).map((f) => relative(ROOT, f)),
    ).toEqual([APPEALS]);
  });

  it('keeps state out of the column patches: only transition() sets it', () => {
    // @ts-expect-error state is not a patch column (the type check fails if it becomes one)
    const patch: ApplicationPatch = { state: ApplicationState.APPROVED };
    expect(patch).toBeDefined();
    const repository = readFileSync(join(ROOT, REPOSITORY), 'utf8');
    // The one place a state goes into a write: the target state transition() computed.
    expect(repository.match(/\{ \.\.\.patch, state \}/g)).toHaveLength(1);
  });
});
