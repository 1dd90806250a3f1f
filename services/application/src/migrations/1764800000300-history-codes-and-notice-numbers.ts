import type { MigrationInterface, QueryRunner } from 'typeorm';

const SCHEMA = 'application';

/**
 * Each history entry gets a stable machine code (services/application/src/history/history-codes.ts)
 * and, for form edits, the sections saved; old entries are backfilled where the code can be told
 * from the entry (its reason's fixed prefix, or its states and whether the system acted).
 * Each approved application gets its notice's document number (文号), numbered per year in the
 * order of decision; `notice_number_sequence` hands out the next one.
 */
export class HistoryCodesAndNoticeNumbers1764800000300 implements MigrationInterface {
  name = 'HistoryCodesAndNoticeNumbers1764800000300';

  async up(runner: QueryRunner): Promise<void> {
    const h = `${SCHEMA}.application_history`;
    await runner.query(`ALTER TABLE ${h} ADD COLUMN code text, ADD COLUMN fields text[]`);
    // Fixed prefixes written by the code before this migration (one per kind of entry).
    const byPrefix: Array<[string, string]> = [
      ['表单修改:%', 'FORM_EDITED'],
      ['居住证签注%', 'PERMIT_ENDORSED'],
      ['认领%', 'OFFICER_CLAIMED'],
      ['分派给%', 'OFFICER_ASSIGNED'],
      ['申请复核%', 'APPEAL_FILED'],
      ['复核改正后总分%', 'APPROVE_ON_APPEAL'],
      ['复核改正%', 'SCORE_CORRECTED'],
      ['复核维持%', 'APPEAL_DECIDED'],
      ['单位或信息有变化%', 'RENEWAL_AT_WINDOW'],
      ['网审未通过%', 'ONLINE_REVIEW_FAILED'],
      ['积分核定未能进行%', 'SCORING_FAILED'],
      ['重新积分核定%', 'RESCORE'],
      ['积分由申请%', 'POINTS_SUPERSEDED'],
      ['居住证已过期%', 'POINTS_LAPSED'],
      ['单位解除关联%', 'RELEASED_BY_JOB_CHANGE'],
    ];
    for (const [prefix, code] of byPrefix) {
      await runner.query(`UPDATE ${h} SET code = $2 WHERE code IS NULL AND reason LIKE $1`, [prefix, code]);
    }
    await runner.query(
      `UPDATE ${h} SET fields = string_to_array(substring(reason FROM '^表单修改: (.*) \\(form edited\\)$'), ', ')
        WHERE code = 'FORM_EDITED' AND reason NOT LIKE '%(nothing)%'`,
    );
    // The transition table: each (from, to, acted by the system?) pair names one action.
    await runner.query(`
      UPDATE ${h} SET code = CASE
          WHEN from_state IS NULL THEN 'OPENED'
          WHEN from_state = 'DRAFT' AND to_state = 'EMPLOYER_REVIEW' THEN 'SUBMIT_TO_EMPLOYER'
          WHEN from_state = 'EMPLOYER_REVIEW' AND to_state = 'DRAFT' THEN 'RETURN_TO_APPLICANT'
          WHEN from_state = 'EMPLOYER_REVIEW' AND to_state = 'SUBMITTED' THEN 'APPROVE_AND_SUBMIT'
          WHEN from_state = 'SUBMITTED' AND to_state = 'MATERIALS_REQUIRED' THEN 'REQUEST_MATERIALS'
          WHEN to_state = 'ARCHIVE_REVIEW' AND from_state <> 'ARCHIVE_REVIEW' THEN 'ACCEPT'
          WHEN from_state = 'ARCHIVE_REVIEW' AND to_state = 'SCORING' THEN 'VERIFICATION_PASSED'
          WHEN from_state = 'ARCHIVE_REVIEW' AND to_state = 'REJECTED'
            THEN CASE WHEN role = 'SYSTEM' THEN 'VERIFICATION_FAILED' ELSE 'REJECT' END
          WHEN from_state = 'SCORING' AND to_state = 'REJECTED'
            THEN CASE WHEN role = 'SYSTEM' THEN 'SCORED_NOT_ELIGIBLE' ELSE 'REJECT' END
          WHEN from_state = 'SCORING' AND to_state = 'APPROVED' THEN 'SCORED_ELIGIBLE'
          WHEN from_state = 'SUBMITTED' AND to_state = 'APPROVED' THEN 'RENEWAL_CONFIRMED_ONLINE'
          WHEN from_state = 'REJECTED' AND to_state = 'APPROVED' THEN 'APPROVE_ON_APPEAL'
          WHEN from_state IN ('DRAFT', 'EMPLOYER_REVIEW') AND to_state = 'WITHDRAWN'
            THEN CASE WHEN role = 'SYSTEM' THEN 'RELEASED_BY_JOB_CHANGE' ELSE 'WITHDRAW' END
          WHEN to_state = 'WITHDRAWN' AND from_state <> 'WITHDRAWN' THEN 'REVOKE'
        END
        WHERE code IS NULL`);
    // What is left keeps the state and has no known prefix: an amendment.
    await runner.query(`UPDATE ${h} SET code = 'AMENDED' WHERE code IS NULL AND from_state = to_state`);

    const a = `${SCHEMA}.application`;
    await runner.query(`ALTER TABLE ${a} ADD COLUMN notice_no text`);
    await runner.query(
      `CREATE UNIQUE INDEX application_notice_no_uq ON ${a} (notice_no) WHERE notice_no IS NOT NULL`,
    );
    await runner.query(
      `CREATE TABLE ${SCHEMA}.notice_number_sequence (year integer PRIMARY KEY, last_no integer NOT NULL)`,
    );
    // Approvals before this migration: numbered per year of decision, in the order decided.
    await runner.query(`
      WITH numbered AS (
        SELECT id, extract(year FROM decided_at AT TIME ZONE 'Asia/Shanghai')::int AS year,
               row_number() OVER (PARTITION BY extract(year FROM decided_at AT TIME ZONE 'Asia/Shanghai')
                                  ORDER BY decided_at, id) AS n
          FROM ${a} WHERE notice_code IS NOT NULL AND decided_at IS NOT NULL
      )
      UPDATE ${a} SET notice_no = '沪人社积〔' || numbered.year || '〕' || lpad(numbered.n::text, 6, '0') || '号'
        FROM numbered WHERE ${a}.id = numbered.id`);
    await runner.query(`
      INSERT INTO ${SCHEMA}.notice_number_sequence (year, last_no)
      SELECT extract(year FROM decided_at AT TIME ZONE 'Asia/Shanghai')::int, count(*)
        FROM ${a} WHERE notice_no IS NOT NULL GROUP BY 1`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE ${SCHEMA}.notice_number_sequence`);
    await runner.query(`DROP INDEX ${SCHEMA}.application_notice_no_uq`);
    await runner.query(`ALTER TABLE ${SCHEMA}.application DROP COLUMN notice_no`);
    await runner.query(`ALTER TABLE ${SCHEMA}.application_history DROP COLUMN code, DROP COLUMN fields`);
  }
}
