import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DISTRICT_CODES, type District } from '@points/auth';
import { addCalendarDays, addWorkingDays, toShanghaiDate } from '@points/calendar';
import { ApplicationRepository, type DevelopmentApplication } from '../applications/application.repository';
import { ApplicationKind, ApplicationState } from '../applications/application-state.enum';
import { ApplicationHistoryService } from '../history/application-history.service';
import {
  ARCHIVE_REVIEW_WORKING_DAYS,
  NOTHING_DUE,
  SCORING_WORKING_DAYS,
  WAITING_EXPIRES_AFTER_DAYS,
} from '../review-queue/deadlines.util';

/**
 * A working office for `npm start` (development only, `--office-seed`): every district's queue
 * holds a few dozen applications in every state, some past their working-day deadline, and ten
 * weeks of decisions for the statistics, so the 徐汇 officer sees a real day's work. One INSERT
 * for all of them (the repository's insertDevelopmentOffice); ids are derived from the district
 * and number, so a second run adds nothing.
 */
const DEMO_EMPLOYER_ID = '6f1f6c1e-0000-4000-8000-000000000001';

/**
 * The district's employer the applications are filed under: employer-registration's development
 * seed (officeEmployerId, the same formula) registers each one approved, with an HR login, so the
 * queue of every district (and HRSS's over all of them) names a real employer.
 */
export function officeEmployerId(district: District): string {
  if (district === 'XUHUI') return DEMO_EMPLOYER_ID;
  return `6f1f6c1e-0000-4000-8000-0000000010${String(DISTRICT_CODES.indexOf(district) + 1).padStart(2, '0')}`;
}

/** How many of each state per district; the `overdue` ones are past their deadline today. */
export const OFFICE_PLAN: ReadonlyArray<{ state: ApplicationState; count: number; overdue?: number }> = [
  { state: ApplicationState.DRAFT, count: 3 },
  { state: ApplicationState.EMPLOYER_REVIEW, count: 3 },
  { state: ApplicationState.SUBMITTED, count: 6 },
  { state: ApplicationState.MATERIALS_REQUIRED, count: 3 },
  { state: ApplicationState.ARCHIVE_REVIEW, count: 10, overdue: 3 },
  { state: ApplicationState.SCORING, count: 6, overdue: 2 },
  { state: ApplicationState.APPROVED, count: 8 },
  { state: ApplicationState.REJECTED, count: 3 },
  { state: ApplicationState.WITHDRAWN, count: 2 },
];

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
];
const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
  '婷',
  '浩',
];
const REASONS = ['积分未达到标准分值120分', '社会保险缴费基数与个人所得税不符', '学历认证未通过'];
const MISSING = [['劳动合同'], ['学历证书原件', '学位证书原件'], ['居住证']];

function uuidOf(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** 10:00 Shanghai on a day, as an instant. */
const at10 = (day: string): string => `${day}T10:00:00+08:00`;

export function developmentOffice(today: string): DevelopmentApplication[] {
  const rows: DevelopmentApplication[] = [];
  for (const [d, district] of DISTRICT_CODES.entries()) {
    let n = 0;
    for (const { state, count, overdue = 0 } of OFFICE_PLAN) {
      for (let i = 0; i < count; i++, n++) {
        const key = `office-seed:${district}:${n}`;
        const late = i < overdue;
        // Acceptance about 40 calendar days ago for overdue work (past its 20 working days), else
        // within the last three weeks; decisions spread over the last ten weeks.
        const acceptedOn = addCalendarDays(today, late ? -(38 + i * 3) : -(2 + ((i * 5 + d) % 18)));
        const submittedOn = addCalendarDays(acceptedOn, -3);
        const decidedOn = addCalendarDays(today, -((i * 9 + d * 2) % 70) - 1);
        const decidedAccepted = addCalendarDays(decidedOn, -(21 + ((i * 7 + d) % 15)));
        const row: DevelopmentApplication = {
          id: uuidOf(key),
          employer_id: officeEmployerId(district),
          applicant_id: uuidOf(`${key}:applicant`),
          district,
          kind: n % 5 === 4 ? ApplicationKind.RENEWAL : ApplicationKind.NEW,
          state,
          applicant_name: `${SURNAMES[(n + d) % SURNAMES.length]}${GIVEN[(n * 7 + d) % GIVEN.length]}`,
          submitted_at: null,
          receipt_no: null,
          accepted_on: null,
          materials_missing: null,
          archive_due_on: null,
          scoring_started_on: null,
          scoring_due_on: null,
          queue_due: NOTHING_DUE,
          total_points: null,
          rule_set_version: null,
          decided_at: null,
          decision_reason: null,
          valid_until: null,
          created_at: at10(addCalendarDays(submittedOn, -5)),
        };
        const receipt = `${district}-DEMO-${String(n + 1).padStart(4, '0')}`;
        switch (state) {
          case ApplicationState.SUBMITTED:
          case ApplicationState.MATERIALS_REQUIRED:
            row.submitted_at = at10(addCalendarDays(today, -(1 + (i % 6))));
            if (state === ApplicationState.MATERIALS_REQUIRED)
              row.materials_missing = MISSING[i % MISSING.length]!;
            // Written today (updated_at): the overdue pass expires it 30 days on.
            row.queue_due = addCalendarDays(today, WAITING_EXPIRES_AFTER_DAYS);
            break;
          case ApplicationState.ARCHIVE_REVIEW:
            row.submitted_at = at10(submittedOn);
            row.receipt_no = receipt;
            row.accepted_on = acceptedOn;
            row.archive_due_on = addWorkingDays(acceptedOn, ARCHIVE_REVIEW_WORKING_DAYS).date;
            row.queue_due = row.archive_due_on;
            break;
          case ApplicationState.SCORING: {
            row.submitted_at = at10(submittedOn);
            row.receipt_no = receipt;
            row.accepted_on = addCalendarDays(acceptedOn, -14);
            row.scoring_started_on = acceptedOn;
            row.scoring_due_on = addWorkingDays(acceptedOn, SCORING_WORKING_DAYS).date;
            row.queue_due = row.scoring_due_on;
            break;
          }
          case ApplicationState.APPROVED:
          case ApplicationState.REJECTED:
            row.submitted_at = at10(addCalendarDays(decidedAccepted, -3));
            row.receipt_no = receipt;
            row.accepted_on = decidedAccepted;
            row.decided_at = at10(decidedOn);
            if (state === ApplicationState.APPROVED) {
              row.total_points = 120 + ((i * 13 + d) % 60);
              row.rule_set_version = 'SH-2017';
              row.valid_until = addCalendarDays(decidedOn, 300);
            } else {
              row.decision_reason = REASONS[(i + d) % REASONS.length]!;
            }
            break;
          case ApplicationState.WITHDRAWN:
          case ApplicationState.DRAFT:
          case ApplicationState.EMPLOYER_REVIEW:
            break;
        }
        rows.push(row);
      }
    }
  }
  return rows;
}

export async function seedDevelopmentOffice(
  dataSource: DataSource,
  today = toShanghaiDate(new Date()),
): Promise<number> {
  const repository = new ApplicationRepository(new ApplicationHistoryService(dataSource));
  return dataSource.transaction((manager) =>
    repository.insertDevelopmentOffice(manager, developmentOffice(today)),
  );
}
