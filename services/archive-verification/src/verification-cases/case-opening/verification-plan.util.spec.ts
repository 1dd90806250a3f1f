import {
  ArchiveRetrievalMode,
  VerificationTaskKind as K,
} from '../../verification-tasks/verification-task.enums';
import { parseClaims } from '../claims.util';
import { planVerificationTasks, type Diploma } from './verification-plan.util';

const diploma = (level: string, overseas = false): Diploma => ({
  level,
  school: '上海示例大学',
  major: null,
  graduationDate: '2012-07-01',
  fullTime: true,
  overseas,
  certificateNo: null,
});

describe('planVerificationTasks', () => {
  it('checks both diplomas of 专升本 and only what the claims need', () => {
    const tasks = planVerificationTasks({
      claims: parseClaims({ education: 'BACHELOR_WITH_DEGREE', awards: ['NATIONAL'] }),
      educationHistory: [diploma('JUNIOR_COLLEGE'), diploma('BACHELOR_WITH_DEGREE')],
      archiveHolder: '徐汇区人才服务中心',
      archiveMode: ArchiveRetrievalMode.CHECK_LETTER,
    });
    expect(tasks.map((t) => t.kind)).toEqual([
      K.ARCHIVE_RETRIEVAL,
      K.EDUCATION,
      K.EDUCATION,
      K.SOCIAL_INSURANCE,
      K.TAX,
      K.AWARD,
      K.CRIMINAL,
      K.DETENTION,
      K.FAMILY_PLANNING,
    ]);
    expect(tasks[0]?.archiveMode).toBe(ArchiveRetrievalMode.CHECK_LETTER);
  });

  it('adds marriage, hukou, investment and qualification for those claims; overseas diplomas are manual', () => {
    const tasks = planVerificationTasks({
      claims: parseClaims({
        education: 'MASTER',
        qualification: 'MID_TITLE',
        spouseHukouMarriageDate: '2015-05-01',
        averageAnnualTaxCny: 200000,
      }),
      educationHistory: [diploma('MASTER', true)],
      archiveHolder: 'x',
      archiveMode: ArchiveRetrievalMode.TRANSFER,
    });
    const kinds = tasks.map((t) => t.kind);
    expect(kinds).toEqual(expect.arrayContaining([K.QUALIFICATION, K.MARRIAGE, K.HUKOU, K.INVESTMENT]));
    expect(tasks.find((t) => t.kind === K.EDUCATION)?.automated).toBe(false);
  });

  it('checks no education when the application does not score by education', () => {
    const tasks = planVerificationTasks({
      claims: parseClaims({ education: 'NONE' }),
      educationHistory: [diploma('JUNIOR_COLLEGE')],
      archiveHolder: 'x',
      archiveMode: ArchiveRetrievalMode.TRANSFER,
    });
    expect(tasks.map((t) => t.kind)).not.toContain(K.EDUCATION);
  });
});
