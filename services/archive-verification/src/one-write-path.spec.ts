import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { productionSources, tableWrites, writersIn } from '@points/testing';
import { VerificationCaseStatus } from './verification-cases/verification-case.entity';
import type { VerificationCasePatch } from './verification-cases/verification-case.repository';
import { VerificationTaskStatus } from './verification-tasks/verification-task.enums';
import type { VerificationTaskPatch } from './verification-tasks/verification-task.repository';

// The VerificationCase and VerificationTask write paths (style.md: one write path per
// aggregate): only their repositories write their tables, and in each only transition() sets
// the status. Read over every production source of the platform.
const ROOT = join(__dirname, '../../..');
const CASE_REPOSITORY =
  'services/archive-verification/src/verification-cases/verification-case.repository.ts';
const TASK_REPOSITORY =
  'services/archive-verification/src/verification-tasks/verification-task.repository.ts';

const AGGREGATES = [
  { table: 'verification_case', entity: 'VerificationCase', repository: CASE_REPOSITORY },
  { table: 'verification_task', entity: 'VerificationTask', repository: TASK_REPOSITORY },
];

describe('verification cases and tasks have one write path each', () => {
  const sources = productionSources(ROOT, ['services', 'libs', 'gateway', 'tools']);

  it('reads the whole platform (not an empty list)', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources).toEqual(expect.arrayContaining([CASE_REPOSITORY, TASK_REPOSITORY]));
  });

  it.each(AGGREGATES)('catches the writes where they are: $repository', ({ table, entity, repository }) => {
    expect(writersIn(ROOT, [repository], tableWrites(table, entity))).toEqual([repository]);
  });

  it.each(AGGREGATES)(
    'has no production file but its repository writing $table',
    ({ table, entity, repository }) => {
      expect(writersIn(ROOT, sources, tableWrites(table, entity))).toEqual([repository]);
    },
  );

  it('does not take verification_task for verification_task_history or the like', () => {
    const patterns = tableWrites('verification_task', 'VerificationTask');
    expect(patterns.some((p) => p.test('UPDATE ${S}.verification_task_history SET x = 1'))).toBe(false);
    expect(patterns.some((p) => p.test('UPDATE ${S}.verification_task SET x = 1'))).toBe(true);
    expect(patterns.some((p) => p.test('update archive_verification."verification_task" set'))).toBe(true);
    expect(patterns.some((p) => p.test('manager.getRepository(VerificationTask).save(task)'))).toBe(true);
  });

  it('keeps status out of the column patches: only transition() sets it', () => {
    // @ts-expect-error status is not a patch column (the type check fails if it becomes one)
    const task: VerificationTaskPatch = { status: VerificationTaskStatus.PASSED };
    // @ts-expect-error status is not a patch column
    const verificationCase: VerificationCasePatch = { status: VerificationCaseStatus.COMPLETED };
    expect([task, verificationCase]).toHaveLength(2);
    for (const repository of [CASE_REPOSITORY, TASK_REPOSITORY]) {
      const text = readFileSync(join(ROOT, repository), 'utf8');
      // The one place a status goes into an UPDATE: the target transition() checked against the table.
      expect(text.match(/status = \$2/g)).toHaveLength(1);
      expect(text.match(/SET\s+status|,\s*status = '/g)).toBeNull();
    }
  });
});
