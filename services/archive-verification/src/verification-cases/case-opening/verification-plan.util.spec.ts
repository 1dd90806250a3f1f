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
      K.RESIDENCE_PERMIT,
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

  it('always checks the permit against the registry, with the typed dates only as the claim', () => {
    const tasks = planVerificationTasks({
      claims: parseClaims({ education: 'NONE' }),
      educationHistory: [],
      archiveHolder: 'x',
      archiveMode: ArchiveRetrievalMode.TRANSFER,
      residencePermit: { number: 'SH123', validFrom: '2026-01-01', validTo: '2099-12-31' },
    });
    const permit = tasks.find((t) => t.kind === K.RESIDENCE_PERMIT);
    expect(permit).toMatchObject({ automated: true, claim: { number: 'SH123', validTo: '2099-12-31' } });
  });

  it('checks each co-resident; an added child means 调档 even where the district only sends a letter', () => {
    const spouse = {
      relation: 'SPOUSE' as const,
      name: '王芳',
      birthDate: '1991-03-08',
      highSchoolEnrolmentProof: null,
      added: false,
    };
    const child = { ...spouse, relation: 'CHILD' as const, name: '李小明', birthDate: '2015-06-01' };
    const plan = (added: boolean) =>
      planVerificationTasks({
        claims: parseClaims({ education: 'NONE' }),
        educationHistory: [],
        archiveHolder: 'x',
        archiveMode: ArchiveRetrievalMode.CHECK_LETTER,
        coResidents: [spouse, { ...child, added }],
      });
    const withNewChild = plan(true);
    expect(withNewChild.filter((t) => t.kind === K.CO_RESIDENT).map((t) => t.claim.name)).toEqual([
      '王芳',
      '李小明',
    ]);
    expect(withNewChild[0]).toMatchObject({
      kind: K.ARCHIVE_RETRIEVAL,
      archiveMode: ArchiveRetrievalMode.TRANSFER,
    });
    // The same child already on the approval being continued: the district's letter is enough.
    expect(plan(false)[0]?.archiveMode).toBe(ArchiveRetrievalMode.CHECK_LETTER);
  });

  it('opens a manual check for each claim no registry answers, saying who checks what', () => {
    const tasks = planVerificationTasks({
      claims: parseClaims({
        education: 'NONE',
        entrepreneur: true,
        remoteSuburbYears: 6,
        freshGraduate: false,
      }),
      educationHistory: [],
      archiveHolder: 'x',
      archiveMode: ArchiveRetrievalMode.TRANSFER,
    });
    const checks = tasks.filter((t) => t.kind === K.CLAIM_CHECK);
    expect(checks.map((t) => [t.claim.claim, t.claim.value, t.automated])).toEqual([
      ['entrepreneur', true, false],
      ['remoteSuburbYears', 6, false],
    ]);
    expect(String(checks[0]?.claim.office)).toContain('市科委');
    expect(String(checks[1]?.claim.mustSee)).toContain('工作并居住');
  });
});
