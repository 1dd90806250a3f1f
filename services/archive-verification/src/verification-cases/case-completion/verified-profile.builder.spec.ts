import { profileEvidenceSchema, validateProfile } from '@points/scoring-engine';
import {
  VerificationTaskKind as K,
  VerificationTaskStatus as St,
} from '../../verification-tasks/verification-task.enums';
import { parseClaims } from '../claims.util';
import { VerificationOutcome } from '../verification-case.entity';
import { buildVerificationResult, permitYearStart, type TaskForProfile } from './verified-profile.builder';

const EMPLOYER = '91310000MA1FL0000A';
const OTHER = '91310000MA1FL0000B';

const task = (
  kind: K,
  facts: Record<string, unknown> | null,
  extra: Partial<TaskForProfile> = {},
): TaskForProfile => ({
  kind,
  status: St.PASSED,
  claim: {},
  facts,
  forgedMaterial: false,
  reason: null,
  note: null,
  completedManually: false,
  ...extra,
});

const si = (month: string, base: number, payer = EMPLOYER, backPaid = false) => ({
  month,
  base,
  payerCreditCode: payer,
  backPaid,
});
const tax = (month: string, taxBase: number, payer = EMPLOYER) => ({
  month,
  taxBase,
  payerCreditCode: payer,
});
const months = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `2023-${String(from + i).padStart(2, '0')}`);

describe('buildVerificationResult', () => {
  const claims = parseClaims({
    education: 'BACHELOR_WITH_DEGREE',
    qualification: 'NONE',
    spouseHukouMarriageDate: '2015-05-01',
    freshGraduate: true,
    // What the applicant says about social insurance is ignored: only registry months count.
    socialInsurance: [{ from: '2010-01', to: '2023-12', base: 40000 }],
  });
  const tasks: TaskForProfile[] = [
    task(K.ARCHIVE_RETRIEVAL, { reference: 'R1' }),
    // 专升本: the junior-college diploma checks out; the bachelor diploma is without a degree.
    task(K.EDUCATION, { level: 'JUNIOR_COLLEGE' }, { claim: { level: 'JUNIOR_COLLEGE' } }),
    task(K.EDUCATION, { level: 'BACHELOR' }, { claim: { level: 'BACHELOR_WITH_DEGREE' } }),
    task(K.SOCIAL_INSURANCE, {
      months: [
        ...months(1, 6).map((m) => si(m, 10000)),
        si('2023-07', 10000, EMPLOYER, true),
        ...months(8, 9).map((m) => si(m, 12000, OTHER)),
        ...months(10, 12).map((m) => si(m, 12000)),
      ],
    }),
    task(K.TAX, {
      months: [
        ...months(1, 7).map((m) => tax(m, 10000)),
        // August–September: the salary (and its tax) came from the contract employer, but another
        // unit paid the social insurance (挂靠): those months do not count.
        ...months(8, 9).map((m) => tax(m, 12000)),
        tax('2023-10', 12000),
        tax('2023-10', 3000, OTHER),
        tax('2023-11', 11000),
      ],
    }),
    task(K.MARRIAGE, { marriageDate: '2016-05-01' }),
    task(K.HUKOU, { spouseShanghaiHukou: true }),
    task(K.CRIMINAL, {
      criminalRecords: [{ date: '2021-05-01', serious: false }],
      falseMaterialDates: ['2022-01-01'],
    }),
    task(K.DETENTION, { dates: ['2020-02-02'] }),
    task(K.FAMILY_PLANNING, { violationDates: [] }),
  ];

  it('builds the profile from registry facts, month by month, with the exclusions flagged', () => {
    const result = buildVerificationResult({
      acceptedOn: '2024-07-10',
      birthDate: '1990-03-15',
      employerCreditCode: EMPLOYER,
      claims,
      tasks,
    });
    expect(result.outcome).toBe(VerificationOutcome.VERIFIED);
    // The permit and the evidence are asserted in their own tests below.
    const {
      evidence: _evidence,
      residencePermitIssuedOn: _f,
      residencePermitValidUntil: _v,
      employmentStartDate,
      employmentEndDate,
      ...scoreInput
    } = result.verifiedProfile;
    // The filing employer paid Jan–Jul and Oct–Dec 2023 (Aug–Sep another unit): the latest run
    // starts in October; it stopped before June 2024 (accepted July): the employment ended.
    expect([employmentStartDate, employmentEndDate]).toEqual(['2023-10-01', '2023-12-31']);
    expect(scoreInput).toEqual({
      assessmentDate: '2024-07-10',
      birthDate: '1990-03-15',
      education: 'BACHELOR',
      qualification: 'NONE',
      qualificationMatchesPosition: false,
      socialInsurance: [
        {
          from: '2023-01',
          to: '2023-06',
          base: 10000,
          backPaid: false,
          payerMatchesContract: true,
          baseMatchesTax: true,
          incomeTaxBase: 10000,
        },
        {
          from: '2023-07',
          to: '2023-07',
          base: 10000,
          backPaid: true,
          payerMatchesContract: true,
          baseMatchesTax: true,
          incomeTaxBase: 10000,
        },
        {
          from: '2023-08',
          to: '2023-09',
          base: 12000,
          backPaid: false,
          payerMatchesContract: false,
          baseMatchesTax: true,
          incomeTaxBase: 12000,
        },
        {
          from: '2023-10',
          to: '2023-10',
          base: 12000,
          backPaid: false,
          payerMatchesContract: true,
          baseMatchesTax: true,
          incomeTaxBase: 12000,
        },
        // November was taxed on 11,000: the engine judges 合理对应; December has no tax at all.
        {
          from: '2023-11',
          to: '2023-11',
          base: 12000,
          backPaid: false,
          payerMatchesContract: true,
          baseMatchesTax: true,
          incomeTaxBase: 11000,
        },
        {
          from: '2023-12',
          to: '2023-12',
          base: 12000,
          backPaid: false,
          payerMatchesContract: true,
          baseMatchesTax: false,
        },
      ],
      awards: [],
      spouseHukouMarriageDate: '2016-05-01',
      averageAnnualTaxCny: 0,
      averageAnnualLocalHires: 0,
      falseMaterialDates: ['2022-01-01'],
      administrativeDetentionDates: ['2020-02-02'],
      criminalRecordDates: ['2021-05-01'],
      familyPlanningViolation: false,
      seriousCriminalRecord: false,
    });
    expect(validateProfile(result.verifiedProfile, { today: '2024-07-10' })).toEqual([]);
    expect(result.findings.map((f) => f.code).sort()).toEqual(
      [
        'CLAIM_NOT_VERIFIABLE',
        'DOUBLE_TAXATION',
        'EDUCATION_CLAIM_CONTRADICTED',
        'EDUCATION_NOT_VERIFIED',
        'MARRIAGE_DATE_CONTRADICTED',
        'SOCIAL_INSURANCE_BACK_PAID',
        'SOCIAL_INSURANCE_BASE_NOT_TAX_BASE',
        'SOCIAL_INSURANCE_OTHER_PAYER',
      ].sort(),
    );
    expect(result.findings.find((f) => f.code === 'DOUBLE_TAXATION')?.note).toContain('2023-10');
    expect(result.findings.find((f) => f.code === 'SOCIAL_INSURANCE_BASE_NOT_TAX_BASE')?.note).toMatch(/^1 /);
  });

  const base = { acceptedOn: '2024-07-10', birthDate: '1990-03-15', employerCreditCode: EMPLOYER };

  it('counts the months of an earlier job, where that employer paid both the insurance and the salary tax', () => {
    // 2022: employed (and insured and taxed) by OTHER; 2023: by the filing employer. Every month
    // was paid by the contract employer of its time, so all 24 count (the policy's rule is about
    // insurance paid by someone other than the employer, not about changing jobs).
    const career = [
      task(K.SOCIAL_INSURANCE, {
        months: [
          ...Array.from({ length: 12 }, (_, i) => si(`2022-${String(i + 1).padStart(2, '0')}`, 9000, OTHER)),
          ...months(1, 12).map((m) => si(m, 10000)),
        ],
      }),
      task(K.TAX, {
        months: [
          ...Array.from({ length: 12 }, (_, i) => tax(`2022-${String(i + 1).padStart(2, '0')}`, 9000, OTHER)),
          ...months(1, 12).map((m) => tax(m, 10000)),
        ],
      }),
    ];
    const result = buildVerificationResult({
      ...base,
      claims,
      tasks: [...tasks.filter((t) => t.kind !== K.SOCIAL_INSURANCE && t.kind !== K.TAX), ...career],
    });
    expect(result.verifiedProfile.socialInsurance).toEqual([
      {
        from: '2022-01',
        to: '2022-12',
        base: 9000,
        backPaid: false,
        payerMatchesContract: true,
        baseMatchesTax: true,
        incomeTaxBase: 9000,
      },
      {
        from: '2023-01',
        to: '2023-12',
        base: 10000,
        backPaid: false,
        payerMatchesContract: true,
        baseMatchesTax: true,
        incomeTaxBase: 10000,
      },
    ]);
    expect(result.findings.map((f) => f.code)).not.toContain('SOCIAL_INSURANCE_OTHER_PAYER');
  });

  it('fails the case on forged material and dates the deduction at acceptance', () => {
    const forged = tasks.map((t, i) =>
      i === 2
        ? { ...t, status: St.FAILED, forgedMaterial: true, reason: 'Certificate X not in the registry' }
        : t,
    );
    const result = buildVerificationResult({ ...base, claims, tasks: forged });
    expect(result.outcome).toBe(VerificationOutcome.FAILED);
    expect(result.verifiedProfile.falseMaterialDates).toEqual(['2022-01-01', '2024-07-10']);
    expect(result.verifiedProfile.education).toBe('JUNIOR_COLLEGE');
    expect(result.forgeryNotes).toEqual(['EDUCATION: Certificate X not in the registry']);
  });

  it('fails the case when the archive cannot be had, and when an education-route diploma fails', () => {
    const noArchive = tasks.map((t) =>
      t.kind === K.ARCHIVE_RETRIEVAL ? { ...t, status: St.FAILED, reason: 'lost' } : t,
    );
    expect(buildVerificationResult({ ...base, claims, tasks: noArchive }).outcome).toBe(
      VerificationOutcome.FAILED,
    );
    const diplomaFailed = tasks.map((t, i) =>
      i === 1 ? { ...t, status: St.FAILED, reason: 'no record' } : t,
    );
    expect(buildVerificationResult({ ...base, claims, tasks: diplomaFailed }).outcome).toBe(
      VerificationOutcome.FAILED,
    );
  });

  it('keeps a qualification-route case verified when a diploma fails, and vetoes from records', () => {
    const titleClaims = parseClaims({ education: 'JUNIOR_COLLEGE', qualification: 'SENIOR_TITLE' });
    const result = buildVerificationResult({
      ...base,
      claims: titleClaims,
      tasks: [
        task(K.EDUCATION, null, {
          status: St.FAILED,
          reason: 'no record',
          claim: { level: 'JUNIOR_COLLEGE' },
        }),
        task(K.QUALIFICATION, { level: 'SENIOR_TITLE', matchesPosition: true }),
        task(K.FAMILY_PLANNING, { violationDates: ['2019-01-01'] }),
        task(K.CRIMINAL, {
          criminalRecords: [{ date: '2018-01-01', serious: true }],
          falseMaterialDates: [],
        }),
      ],
    });
    expect(result.outcome).toBe(VerificationOutcome.VERIFIED);
    expect(result.verifiedProfile).toMatchObject({
      education: 'NONE',
      qualification: 'SENIOR_TITLE',
      qualificationMatchesPosition: true,
      familyPlanningViolation: true,
      seriousCriminalRecord: true,
      criminalRecordDates: [],
      socialInsurance: [],
    });
    expect(result.findings.map((f) => f.code)).toEqual(
      expect.arrayContaining(['EDUCATION_FAILED', 'VETO_FAMILY_PLANNING', 'VETO_SERIOUS_CRIMINAL_RECORD']),
    );
  });
});

describe('buildVerificationResult: permit, co-residents, claims a person checks', () => {
  const base = { acceptedOn: '2026-12-01', birthDate: '1990-03-15', employerCreditCode: EMPLOYER };
  const claims = parseClaims({ education: 'NONE', entrepreneur: true, publicServiceYears: 7 });
  const permit = task(
    K.RESIDENCE_PERMIT,
    {
      number: 'SH31000001',
      issuedOn: '2026-02-01',
      endorsedOn: null,
      validUntil: '2027-01-31',
      cancelledOn: null,
    },
    { claim: { number: 'SH31000001', validFrom: '2026-02-01', validTo: '2099-12-31' } },
  );
  const claimCheck = (claim: string, value: unknown, extra: Partial<TaskForProfile>) =>
    task(K.CLAIM_CHECK, null, {
      claim: { claim, value, office: '市科委', mustSee: '创业人才认定' },
      status: St.PENDING,
      ...extra,
    });

  it('takes the permit dates from the registry; a typed 2099 expiry is only a finding', () => {
    const result = buildVerificationResult({
      ...base,
      claims: parseClaims({ education: 'NONE' }),
      tasks: [permit],
    });
    expect(result.outcome).toBe(VerificationOutcome.VERIFIED);
    expect(result.verifiedProfile).toMatchObject({
      residencePermitIssuedOn: '2026-02-01',
      residencePermitValidUntil: '2027-01-31',
    });
    expect(result.residencePermit).toEqual({
      number: 'SH31000001',
      issuedOn: '2026-02-01',
      endorsedOn: null,
      validFrom: '2026-02-01',
      validUntil: '2027-01-31',
    });
    expect(result.findings).toContainEqual({
      code: 'RESIDENCE_PERMIT_EXPIRY_CONTRADICTED',
      note: 'Typed expiry 2099-12-31; the registry holds 2027-01-31, which the points follow',
    });
    const registry = { kind: 'REGISTRY', source: 'residence-permit registry (居住证管理系统)', checkedBy: null, checkedOn: null };
    expect(result.verifiedProfile.evidence).toEqual([
      { field: 'residencePermitIssuedOn', ...registry },
      { field: 'residencePermitValidUntil', ...registry },
    ]);
    expect(profileEvidenceSchema.safeParse(result.verifiedProfile.evidence).success).toBe(true);
  });

  it('counts an endorsed permit valid from its endorsement, even when the endorsed year starts later', () => {
    // Issued 2025-02-01, endorsed 2026-01-05 (before its expiry) to 2027-01-31: valid since 2026-01-05.
    expect(permitYearStart('2025-02-01', '2026-01-05', '2027-01-31')).toBe('2026-01-05');
    expect(permitYearStart('2026-02-01', null, '2027-01-31')).toBe('2026-02-01');
  });

  it('fails the case without a valid permit (第二条)', () => {
    const failed = task(
      K.RESIDENCE_PERMIT,
      {},
      { status: St.FAILED, reason: 'No Shanghai residence permit on record' },
    );
    const result = buildVerificationResult({
      ...base,
      claims: parseClaims({ education: 'NONE' }),
      tasks: [failed],
    });
    expect(result.outcome).toBe(VerificationOutcome.FAILED);
    expect(result.verifiedProfile.residencePermitValidUntil).toBeNull();
    expect(result.findings).toContainEqual({
      code: 'RESIDENCE_PERMIT_NOT_VALID',
      note: 'No Shanghai residence permit on record',
    });
  });

  it('counts a claim once a person confirmed it, recording who; a refused one is not scored', () => {
    const result = buildVerificationResult({
      ...base,
      claims,
      tasks: [
        permit,
        claimCheck('entrepreneur', true, {
          status: St.PASSED,
          completedManually: true,
          completedBy: 'officer-xh',
          completedAt: '2026-12-01T03:00:00Z',
          id: 'aaaaaaaa-0000-4000-8000-000000000001',
          note: '市科委认定函 2026-118 已核',
        }),
        claimCheck('publicServiceYears', 7, {
          status: St.FAILED,
          completedManually: true,
          completedBy: 'officer-xh',
          reason: '无特定公共服务领域就业证明',
        }),
      ],
    });
    expect(result.verifiedProfile.entrepreneur).toBe(true);
    expect(result.verifiedProfile.publicServiceYears).toBeUndefined();
    const claimed = (field: string) => (result.verifiedProfile.evidence ?? []).filter((e) => e.field === field);
    expect(claimed('entrepreneur')).toEqual([
      {
        field: 'entrepreneur',
        kind: 'MANUAL_CHECK',
        source: '市科委: 市科委认定函 2026-118 已核',
        checkedBy: 'officer-xh',
        checkedOn: '2026-12-01',
      },
    ]);
    expect(claimed('publicServiceYears')).toEqual([]);
    expect(profileEvidenceSchema.safeParse(result.verifiedProfile.evidence).success).toBe(true);
    expect(result.findings).toContainEqual({
      code: 'CLAIM_NOT_CONFIRMED',
      note: 'publicServiceYears was not confirmed by the check: it is not scored',
    });
    expect(result.findings.map((f) => f.code)).not.toContain('CLAIM_NOT_VERIFIABLE');
    expect(validateProfile(result.verifiedProfile, { today: '2026-12-01' })).toEqual([]);
  });

  it('lists every co-resident, verified or not with the reason', () => {
    const person = (name: string, relation: string, birthDate: string) => ({
      relation,
      name,
      birthDate,
      highSchoolEnrolmentProof: null,
    });
    const result = buildVerificationResult({
      ...base,
      claims: parseClaims({ education: 'NONE' }),
      tasks: [
        permit,
        task(K.CO_RESIDENT, { name: '王芳' }, { claim: person('王芳', 'SPOUSE', '1991-03-08') }),
        task(
          K.CO_RESIDENT,
          {},
          {
            claim: person('李大宝', 'CHILD', '2009-05-01'),
            status: St.FAILED,
            reason: '李大宝 is 17: no full-time high-school enrolment (全日制普通高中学籍) on record',
          },
        ),
      ],
    });
    expect(result.outcome).toBe(VerificationOutcome.VERIFIED);
    expect(result.coResidents).toEqual([
      { ...person('王芳', 'SPOUSE', '1991-03-08'), verified: true, reason: null },
      {
        ...person('李大宝', 'CHILD', '2009-05-01'),
        verified: false,
        reason: '李大宝 is 17: no full-time high-school enrolment (全日制普通高中学籍) on record',
      },
    ]);
    expect(result.findings.map((f) => f.code)).toContain('CO_RESIDENT_NOT_VERIFIED');
  });
});
