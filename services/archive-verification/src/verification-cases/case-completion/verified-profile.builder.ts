import {
  AwardLevel,
  EducationLevel,
  formatMonthIndex,
  parseYearMonth,
  QualificationLevel,
  EvidenceKind,
  type ContributionPeriodInput,
  type Evidence,
  type ProfileEvidence,
  type ScoreProfileInput,
} from '@points/scoring-engine';
import {
  VerificationTaskKind,
  VerificationTaskStatus,
} from '../../verification-tasks/verification-task.enums';
import {
  EDUCATION_ORDER,
  higherEducation,
  higherQualification,
  isEducationLevel,
  isQualificationLevel,
  QUALIFICATION_ORDER,
  scoringRouteOf,
  type Claims,
} from '../claims.util';
import { addCalendarDays } from '@points/calendar';
import { VerificationOutcome } from '../verification-case.entity';

export interface TaskForProfile {
  kind: VerificationTaskKind;
  status: VerificationTaskStatus;
  claim: Record<string, unknown>;
  facts: Record<string, unknown> | null;
  forgedMaterial: boolean;
  reason: string | null;
  note: string | null;
  completedManually: boolean;
  /** The task's id: the evidence's reference, to trace an answer back to its check. */
  id?: string;
  /** Who completed it by hand (the staff account); null for a registry answer. */
  completedBy?: string | null;
  /** When it was completed (ISO 8601, UTC). */
  completedAt?: string | null;
}

/**
 * The permit as the residence registry holds it: beside the score input (whose permit fields are
 * `residencePermitIssuedOn`/`residencePermitValidUntil`, the engine's names), for the decision and the notice.
 */
export interface VerifiedPermit {
  number: string | null;
  issuedOn: string | null;
  endorsedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

/** The verified profile: the engine's input shape (strict), with the evidence of each fact. */
export type VerifiedProfile = ScoreProfileInput;

export interface CoResidentCheck {
  relation: 'SPOUSE' | 'CHILD';
  name: string;
  birthDate: string;
  highSchoolEnrolmentProof: string | null;
  verified: boolean;
  reason: string | null;
}

const REGISTRY_SOURCES: Readonly<Partial<Record<VerificationTaskKind, string>>> = {
  [VerificationTaskKind.EDUCATION]: '学信网 national education registry',
  [VerificationTaskKind.QUALIFICATION]: 'title and vocational qualification registry',
  [VerificationTaskKind.SOCIAL_INSURANCE]: 'Shanghai employee social insurance registry',
  [VerificationTaskKind.TAX]: 'individual income tax registry',
  [VerificationTaskKind.HUKOU]: 'household register (户籍)',
  [VerificationTaskKind.MARRIAGE]: 'marriage register (民政)',
  [VerificationTaskKind.AWARD]: 'municipal awards register',
  [VerificationTaskKind.INVESTMENT]: 'tax office and employment register of the invested company',
  [VerificationTaskKind.CRIMINAL]: 'criminal and integrity records',
  [VerificationTaskKind.DETENTION]: 'administrative detention records',
  [VerificationTaskKind.FAMILY_PLANNING]: 'family-planning records',
  [VerificationTaskKind.RESIDENCE_PERMIT]: 'residence-permit registry (居住证管理系统)',
};

/**
 * What each check backs: the verified-profile fields it establishes (`field` of the evidence; the
 * scoring service maps fields to the items and apply conditions they feed, EVIDENCE_FIELD_SUBJECTS).
 */
const BACKS: Readonly<Partial<Record<VerificationTaskKind, readonly (keyof ScoreProfileInput)[]>>> = {
  [VerificationTaskKind.EDUCATION]: ['education'],
  [VerificationTaskKind.QUALIFICATION]: ['qualification', 'qualificationMatchesPosition'],
  [VerificationTaskKind.SOCIAL_INSURANCE]: ['socialInsurance', 'employmentStartDate', 'employmentEndDate'],
  [VerificationTaskKind.TAX]: ['socialInsurance'],
  [VerificationTaskKind.MARRIAGE]: ['spouseHukouMarriageDate'],
  [VerificationTaskKind.HUKOU]: ['spouseHukouMarriageDate'],
  [VerificationTaskKind.AWARD]: ['awards'],
  [VerificationTaskKind.INVESTMENT]: ['averageAnnualTaxCny', 'averageAnnualLocalHires'],
  [VerificationTaskKind.CRIMINAL]: ['criminalRecordDates', 'falseMaterialDates', 'seriousCriminalRecord'],
  [VerificationTaskKind.DETENTION]: ['administrativeDetentionDates'],
  [VerificationTaskKind.FAMILY_PLANNING]: ['familyPlanningViolation'],
  [VerificationTaskKind.RESIDENCE_PERMIT]: ['residencePermitIssuedOn', 'residencePermitValidUntil'],
};

/** The claims a person checks (each is the profile field it sets). */
const CLAIM_FIELDS: ReadonlySet<string> = new Set<keyof ScoreProfileInput>([
  'entrepreneur',
  'innovationIntermediary',
  'shortageMajor',
  'publicServiceYears',
  'remoteSuburbYears',
  'freshGraduate',
]);

function evidenceOf(task: TaskForProfile, field: string, source: string): Evidence {
  const manual = task.completedManually;
  return {
    field,
    kind: manual ? EvidenceKind.MANUAL_CHECK : EvidenceKind.REGISTRY,
    source: source.slice(0, 200),
    checkedBy: manual ? (task.completedBy ?? null) : null,
    checkedOn: task.completedAt ? task.completedAt.slice(0, 10) : null,
  };
}

export interface CaseForProfile {
  acceptedOn: string;
  /** From the resident ID (characters 7–14). */
  birthDate: string;
  /** The labour-contract employer's credit code, from the accepted application. */
  employerCreditCode: string;
  claims: Claims;
  tasks: readonly TaskForProfile[];
}

export interface Finding {
  code: string;
  note: string;
}

export interface VerificationResult {
  outcome: VerificationOutcome;
  findings: Finding[];
  verifiedProfile: VerifiedProfile;
  forgeryNotes: string[];
  coResidents: CoResidentCheck[];
  residencePermit: VerifiedPermit | null;
}

interface SiMonth {
  month: string;
  base: number;
  payerCreditCode: string;
  backPaid: boolean;
}
interface TaxRow {
  month: string;
  taxBase: number;
  payerCreditCode: string;
}

/**
 * Builds the verified profile (simulateScore input shape) from what the registries and the
 * people who checked by hand established; the claims only decide which findings to report.
 * Pure: the same case gives the same result.
 */
export function buildVerificationResult(c: CaseForProfile): VerificationResult {
  const findings: Finding[] = [];
  const finding = (code: string, note: string): void => {
    findings.push({ code, note });
  };
  const passed = (kind: VerificationTaskKind) =>
    c.tasks.filter((t) => t.kind === kind && t.status === VerificationTaskStatus.PASSED);
  const factsOf = (kind: VerificationTaskKind): Record<string, unknown> | undefined =>
    passed(kind)[0]?.facts ?? undefined;
  let failCase = false;
  const evidence: ProfileEvidence = [];

  for (const task of c.tasks) {
    if (task.status === VerificationTaskStatus.FAILED) {
      finding(`${task.kind}_FAILED`, task.reason ?? task.note ?? 'the check failed');
    }
  }

  // Education: the highest diploma a registry (or the city verifier) confirmed.
  let education: EducationLevel = EducationLevel.NONE;
  for (const task of passed(VerificationTaskKind.EDUCATION)) {
    const level = task.facts?.level;
    if (!isEducationLevel(level)) continue;
    education = higherEducation(education, level);
    if (isEducationLevel(task.claim.level) && task.claim.level !== level) {
      finding(
        'EDUCATION_CLAIM_CONTRADICTED',
        `A diploma claimed as ${task.claim.level} is ${level} in the registry; the registry's level is used`,
      );
    }
  }
  if (EDUCATION_ORDER.indexOf(education) < EDUCATION_ORDER.indexOf(c.claims.education)) {
    finding('EDUCATION_NOT_VERIFIED', `Claimed ${c.claims.education}; verified ${education}`);
  }

  // Qualification: the registry's certificate, and whether the engagement matches the position.
  let qualification: QualificationLevel = QualificationLevel.NONE;
  let qualificationMatchesPosition = false;
  for (const task of passed(VerificationTaskKind.QUALIFICATION)) {
    const level = task.facts?.level;
    if (!isQualificationLevel(level)) continue;
    qualification = higherQualification(qualification, level);
    qualificationMatchesPosition = task.facts?.matchesPosition === true;
  }
  if (qualification !== c.claims.qualification && c.claims.qualification !== QualificationLevel.NONE) {
    const lower =
      QUALIFICATION_ORDER.indexOf(qualification) < QUALIFICATION_ORDER.indexOf(c.claims.qualification);
    finding(
      lower ? 'QUALIFICATION_NOT_VERIFIED' : 'QUALIFICATION_CLAIM_CONTRADICTED',
      `Claimed ${c.claims.qualification}; verified ${qualification}`,
    );
  }
  if (qualification !== QualificationLevel.NONE && !qualificationMatchesPosition) {
    finding('QUALIFICATION_POSITION_MISMATCH', 'The registered engagement does not match the position');
  }

  // Social insurance and tax: monthly facts, each month flagged as the scoring rules need.
  const socialInsurance = socialInsurancePeriods(c, findings);

  // Spouse hukou: a marriage on record and the spouse's Shanghai hukou on record.
  let spouseHukouMarriageDate: string | null = null;
  if (c.claims.spouseHukouMarriageDate !== null) {
    const marriageDate = factsOf(VerificationTaskKind.MARRIAGE)?.marriageDate;
    const spouseShanghai = factsOf(VerificationTaskKind.HUKOU)?.spouseShanghaiHukou === true;
    if (typeof marriageDate === 'string' && spouseShanghai) {
      spouseHukouMarriageDate = marriageDate;
      if (marriageDate !== c.claims.spouseHukouMarriageDate) {
        finding(
          'MARRIAGE_DATE_CONTRADICTED',
          `Claimed marriage on ${c.claims.spouseHukouMarriageDate}; the register shows ${marriageDate}`,
        );
      }
    } else {
      finding('SPOUSE_HUKOU_NOT_VERIFIED', 'No marriage to a Shanghai hukou holder on record');
    }
  }

  // Awards on record.
  const awardFacts = factsOf(VerificationTaskKind.AWARD)?.awards;
  const awards = Array.isArray(awardFacts)
    ? Object.values(AwardLevel).filter((level) => awardFacts.includes(level))
    : [];
  const missingAwards = c.claims.awards.filter((a) => !awards.includes(a));
  if (missingAwards.length > 0) finding('AWARD_NOT_VERIFIED', `Not on record: ${missingAwards.join(', ')}`);

  // Investment: the invested company's tax and local hires as the tax office records them.
  const investment = factsOf(VerificationTaskKind.INVESTMENT);
  const averageAnnualTaxCny = numberOr0(investment?.averageAnnualTaxCny);
  const averageAnnualLocalHires = numberOr0(investment?.averageAnnualLocalHires);
  if (
    c.claims.averageAnnualTaxCny > averageAnnualTaxCny ||
    c.claims.averageAnnualLocalHires > averageAnnualLocalHires
  ) {
    finding(
      'INVESTMENT_NOT_VERIFIED',
      `Claimed tax ${c.claims.averageAnnualTaxCny} and hires ${c.claims.averageAnnualLocalHires}; on record ${averageAnnualTaxCny} and ${averageAnnualLocalHires}`,
    );
  }

  // Deductions and veto: records found, plus a forgery found by this very case.
  const criminal = factsOf(VerificationTaskKind.CRIMINAL);
  const criminalRecords = arrayOf(criminal?.criminalRecords) as Array<{ date?: unknown; serious?: unknown }>;
  const criminalRecordDates = criminalRecords.filter((r) => r.serious !== true).map((r) => String(r.date));
  const seriousCriminalRecord = criminalRecords.some((r) => r.serious === true);
  const falseMaterialDates = arrayOf(criminal?.falseMaterialDates).map(String);
  const administrativeDetentionDates = arrayOf(factsOf(VerificationTaskKind.DETENTION)?.dates).map(String);
  const familyPlanningViolation =
    arrayOf(factsOf(VerificationTaskKind.FAMILY_PLANNING)?.violationDates).length > 0;

  const forgeryNotes = c.tasks
    .filter((t) => t.forgedMaterial)
    .map((t) => `${t.kind}: ${t.reason ?? t.note ?? 'forged material'}`);
  if (forgeryNotes.length > 0) {
    // The false material was presented at acceptance: that is the case's date for the 3-year window.
    falseMaterialDates.push(c.acceptedOn);
    for (const note of forgeryNotes) finding('FORGED_MATERIAL', note);
    failCase = true;
  }
  if (familyPlanningViolation) finding('VETO_FAMILY_PLANNING', 'A family-planning violation is on record');
  if (seriousCriminalRecord)
    finding('VETO_SERIOUS_CRIMINAL_RECORD', 'A serious criminal record is on record');

  // Claims no registry answers: counted only when a person passed their CLAIM_CHECK.
  const confirmedClaims: Record<string, boolean | number> = {};
  for (const task of c.tasks.filter((t) => t.kind === VerificationTaskKind.CLAIM_CHECK)) {
    const claim = String(task.claim.claim);
    if (task.status === VerificationTaskStatus.PASSED) {
      const value = task.claim.value;
      confirmedClaims[claim] = typeof value === 'number' ? value : true;
      if (CLAIM_FIELDS.has(claim)) {
        evidence.push(
          evidenceOf(task, claim, `${String(task.claim.office)}: ${task.note ?? String(task.claim.mustSee)}`),
        );
      }
    } else {
      finding('CLAIM_NOT_CONFIRMED', `${claim} was not confirmed by the check: it is not scored`);
    }
  }
  // A claim whose check is missing (a case opened before the checks existed) is not scored either.
  for (const claim of c.claims.unverifiable) {
    if (!c.tasks.some((t) => t.kind === VerificationTaskKind.CLAIM_CHECK && t.claim.claim === claim)) {
      finding('CLAIM_NOT_VERIFIABLE', `${claim} has no registry and no check here; it is not scored`);
    }
  }

  // The residence permit (第二条): the registry's dates; a typed number or expiry that differ is a finding.
  const permitTask = c.tasks.find((t) => t.kind === VerificationTaskKind.RESIDENCE_PERMIT);
  const permit = permitTask?.status === VerificationTaskStatus.PASSED ? permitTask.facts : null;
  const permitString = (key: string): string | null => {
    const value = permit?.[key];
    return typeof value === 'string' ? value : null;
  };
  // Valid without a break from the latest endorsement (or the issue) to the expiry.
  const permitValidFrom = permit
    ? permitYearStart(permitString('issuedOn'), permitString('endorsedOn'), permitString('validUntil'))
    : null;
  if (permitTask && permitTask.status === VerificationTaskStatus.FAILED) {
    finding('RESIDENCE_PERMIT_NOT_VALID', permitTask.reason ?? 'No valid residence permit on record');
    failCase = true;
  }
  if (permit && permitTask) {
    const typedNumber = permitTask.claim.number;
    if (typeof typedNumber === 'string' && typedNumber !== permitString('number')) {
      finding(
        'RESIDENCE_PERMIT_NUMBER_CONTRADICTED',
        `Typed permit number ${typedNumber}; the registry holds ${permitString('number') ?? '—'}`,
      );
    }
    const typedExpiry = permitTask.claim.validTo;
    if (typeof typedExpiry === 'string' && typedExpiry !== permitString('validUntil')) {
      finding(
        'RESIDENCE_PERMIT_EXPIRY_CONTRADICTED',
        `Typed expiry ${typedExpiry}; the registry holds ${permitString('validUntil') ?? '—'}, which the points follow`,
      );
    }
  }

  // Co-residents: verified ones go on the notice; the others are listed to the officer with the reason.
  const coResidents: CoResidentCheck[] = c.tasks
    .filter((t) => t.kind === VerificationTaskKind.CO_RESIDENT)
    .map((t) => ({
      relation: t.claim.relation === 'SPOUSE' ? 'SPOUSE' : 'CHILD',
      name: String(t.claim.name),
      birthDate: String(t.claim.birthDate),
      highSchoolEnrolmentProof:
        typeof t.claim.highSchoolEnrolmentProof === 'string' ? t.claim.highSchoolEnrolmentProof : null,
      verified: t.status === VerificationTaskStatus.PASSED,
      reason: t.status === VerificationTaskStatus.PASSED ? null : (t.reason ?? t.note ?? 'not verified'),
    }));
  for (const person of coResidents.filter((p) => !p.verified)) {
    finding(
      'CO_RESIDENT_NOT_VERIFIED',
      `${person.name}: ${person.reason ?? 'not verified'}; not on the notice`,
    );
  }

  // When the case fails as a whole (documented in the service README section of the report).
  const failedKinds = new Set(
    c.tasks.filter((t) => t.status === VerificationTaskStatus.FAILED).map((t) => t.kind),
  );
  const route = scoringRouteOf(c.claims);
  if (failedKinds.has(VerificationTaskKind.ARCHIVE_RETRIEVAL)) {
    finding('ARCHIVE_NOT_OBTAINED', 'The personnel archive could not be obtained or did not check out');
    failCase = true;
  }
  if (failedKinds.has(VerificationTaskKind.SOCIAL_INSURANCE)) failCase = true;
  if (route === 'EDUCATION' && failedKinds.has(VerificationTaskKind.EDUCATION)) failCase = true;
  if (route === 'QUALIFICATION' && failedKinds.has(VerificationTaskKind.QUALIFICATION)) failCase = true;

  // Evidence of each fact taken from a registry answer (or a person who completed that check).
  for (const task of c.tasks) {
    if (task.status !== VerificationTaskStatus.PASSED) continue;
    const source = task.completedManually
      ? `${task.kind} checked by hand: ${task.note ?? ''}`
      : (REGISTRY_SOURCES[task.kind] ?? task.kind);
    for (const field of BACKS[task.kind] ?? []) evidence.push(evidenceOf(task, field, source));
  }
  const employment = employmentOf(c);

  const verifiedProfile: VerifiedProfile = {
    // The application service sets the real assessment date when it asks for scoring.
    assessmentDate: c.acceptedOn,
    birthDate: c.birthDate,
    education,
    qualification,
    qualificationMatchesPosition,
    socialInsurance,
    awards,
    spouseHukouMarriageDate,
    averageAnnualTaxCny,
    averageAnnualLocalHires,
    falseMaterialDates: [...new Set(falseMaterialDates)].sort(),
    administrativeDetentionDates: [...administrativeDetentionDates].sort(),
    criminalRecordDates: [...criminalRecordDates].sort(),
    familyPlanningViolation,
    seriousCriminalRecord,
    ...(confirmedClaims as Partial<ScoreProfileInput>),
    residencePermitIssuedOn: permitValidFrom,
    residencePermitValidUntil: permitString('validUntil'),
    employmentStartDate: employment.start,
    employmentEndDate: employment.end,
    evidence,
  };
  return {
    outcome: failCase ? VerificationOutcome.FAILED : VerificationOutcome.VERIFIED,
    findings,
    verifiedProfile,
    forgeryNotes,
    coResidents,
    residencePermit: permit
      ? {
          number: permitString('number'),
          issuedOn: permitString('issuedOn'),
          endorsedOn: permitString('endorsedOn'),
          validFrom: permitValidFrom,
          validUntil: permitString('validUntil'),
        }
      : null,
  };
}

/**
 * One period per run of consecutive months with the same base and flags. A month counts for
 * scoring only if not back-paid, paid by the labour-contract employer (the accepted
 * application's employer credit code) and at the base the income tax was withheld on.
 */
function socialInsurancePeriods(c: CaseForProfile, findings: Finding[]): ContributionPeriodInput[] {
  const siTask = c.tasks.find(
    (t) => t.kind === VerificationTaskKind.SOCIAL_INSURANCE && t.status === VerificationTaskStatus.PASSED,
  );
  const siMonths = arrayOf(siTask?.facts?.months) as SiMonth[];
  if (siTask && !Array.isArray(siTask.facts?.months)) {
    findings.push({
      code: 'SOCIAL_INSURANCE_WITHOUT_MONTHS',
      note: 'Completed by hand without registry months: no month can be counted',
    });
  }
  const taxTask = c.tasks.find(
    (t) => t.kind === VerificationTaskKind.TAX && t.status === VerificationTaskStatus.PASSED,
  );
  const taxRows = arrayOf(taxTask?.facts?.months) as TaxRow[];
  // A tax check a person passed by hand without months confirms the bases match.
  const taxConfirmedByHand = taxTask !== undefined && !Array.isArray(taxTask.facts?.months);

  const taxByMonth = new Map<string, TaxRow[]>();
  for (const row of taxRows) taxByMonth.set(row.month, [...(taxByMonth.get(row.month) ?? []), row]);
  const doubleTaxed = [...taxByMonth.entries()]
    .filter(([, rows]) => new Set(rows.map((r) => r.payerCreditCode)).size > 1)
    .map(([month]) => month)
    .sort();
  if (doubleTaxed.length > 0) {
    findings.push({
      code: 'DOUBLE_TAXATION',
      note: `Income tax withheld by two Shanghai employers (重税) in ${doubleTaxed.join(', ')}`,
    });
  }

  const byMonth = new Map<number, SiMonth>();
  const doublePaid: string[] = [];
  for (const row of siMonths) {
    const index = parseYearMonth(row.month);
    if (index === null) continue;
    const existing = byMonth.get(index);
    if (existing) {
      doublePaid.push(row.month);
      // Of two payers in one month, the contract employer's row is the one that can count.
      if (existing.payerCreditCode === c.employerCreditCode) continue;
    }
    byMonth.set(index, row);
  }
  if (doublePaid.length > 0) {
    findings.push({
      code: 'SOCIAL_INSURANCE_TWO_PAYERS',
      note: `Two payers in ${[...new Set(doublePaid)].sort().join(', ')}`,
    });
  }

  const months = [...byMonth.entries()].sort(([a], [b]) => a - b);
  const periods: ContributionPeriodInput[] = [];
  let previous: { index: number; period: ContributionPeriodInput } | undefined;
  let backPaid = 0;
  let otherPayer = 0;
  let baseMismatch = 0;
  for (const [index, row] of months) {
    const base = Number(row.base);
    const taxes = taxByMonth.get(row.month) ?? [];
    const tax = taxes.find((t) => t.payerCreditCode === row.payerCreditCode) ?? taxes[0];
    const flags = {
      backPaid: row.backPaid === true,
      // The labour-contract employer of a month is the one that paid the salary: the filing
      // employer for its own months, and for earlier jobs the income-tax withholder of that month.
      // Comparing every month with today's employer would drop all of a person's earlier years.
      payerMatchesContract:
        row.payerCreditCode === c.employerCreditCode ||
        taxes.some((t) => t.payerCreditCode === row.payerCreditCode),
      // 合理对应 is the engine's judgement (rule-set tolerance and ceiling): the month carries the
      // taxed income; only a month with no income tax on record at all is a mismatch here.
      baseMatchesTax: taxConfirmedByHand || tax !== undefined,
    };
    const incomeTaxBase = !taxConfirmedByHand && tax !== undefined ? Number(tax.taxBase) : null;
    if (flags.backPaid) backPaid++;
    if (!flags.payerMatchesContract) otherPayer++;
    if (!flags.baseMatchesTax) baseMismatch++;
    const p = previous?.period;
    if (
      previous &&
      p &&
      previous.index === index - 1 &&
      p.base === base &&
      p.backPaid === flags.backPaid &&
      p.payerMatchesContract === flags.payerMatchesContract &&
      p.baseMatchesTax === flags.baseMatchesTax &&
      (p.incomeTaxBase ?? null) === incomeTaxBase
    ) {
      p.to = formatMonthIndex(index);
      previous.index = index;
      continue;
    }
    const period: ContributionPeriodInput = {
      from: row.month,
      to: row.month,
      base,
      ...flags,
      ...(incomeTaxBase !== null ? { incomeTaxBase } : {}),
    };
    periods.push(period);
    previous = { index, period };
  }
  if (backPaid > 0)
    findings.push({
      code: 'SOCIAL_INSURANCE_BACK_PAID',
      note: `${backPaid} back-paid month(s) do not count`,
    });
  if (otherPayer > 0)
    findings.push({
      code: 'SOCIAL_INSURANCE_OTHER_PAYER',
      note: `${otherPayer} month(s) paid by an employer other than the labour-contract employer do not count`,
    });
  if (baseMismatch > 0)
    findings.push({
      code: 'SOCIAL_INSURANCE_BASE_NOT_TAX_BASE',
      note: `${baseMismatch} month(s) with no income tax on record do not count (社保与个税不能对应)`,
    });
  return periods;
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

function numberOr0(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

/**
 * From when the permit is known valid without a break up to its expiry: the latest endorsement
 * (签注 is made on a valid permit, often a month before expiry, and runs it a year on), else the
 * issue date. Not the start of the endorsed new year, which may still lie ahead.
 */
export function permitYearStart(
  issuedOn: string | null,
  endorsedOn: string | null,
  validUntil: string | null,
): string | null {
  if (!validUntil) return issuedOn;
  return endorsedOn ?? issuedOn;
}

/**
 * Employment with the filing employer as the social-insurance registry shows it (就业 in the
 * application month, seed 000): the latest unbroken run of months it paid. Ongoing (end null)
 * when it paid the acceptance month or the month before (a month's contribution is recorded after
 * it); otherwise it ended with the last month paid. No month paid by it: not shown.
 */
function employmentOf(c: CaseForProfile): { start: string | null; end: string | null } {
  const siTask = c.tasks.find(
    (t) => t.kind === VerificationTaskKind.SOCIAL_INSURANCE && t.status === VerificationTaskStatus.PASSED,
  );
  const months = new Set<number>();
  for (const row of arrayOf(siTask?.facts?.months) as SiMonth[]) {
    // A back-paid month does not count for points, but the person was employed in it.
    if (row.payerCreditCode !== c.employerCreditCode) continue;
    const index = parseYearMonth(row.month);
    if (index !== null) months.add(index);
  }
  if (months.size === 0) return { start: null, end: null };
  const last = Math.max(...months);
  let first = last;
  while (months.has(first - 1)) first--;
  const accepted = parseYearMonth(c.acceptedOn.slice(0, 7)) ?? last;
  const start = `${formatMonthIndex(first)}-01`;
  if (last >= accepted - 1) return { start, end: null };
  return { start, end: addCalendarDays(`${formatMonthIndex(last + 1)}-01`, -1) };
}
