import type {
  ArchiveMode,
  CivilRecord,
  EducationRecord,
  QualificationRecord,
  Registries,
  ResidencePermitRecord,
} from '../../registries/registry.types';
import { isEducationLevel, QUALIFICATION_ORDER } from '../../verification-cases/claims.util';
import { VerificationTaskKind } from '../verification-task.enums';

/** What a registry answer means for the task. AWAITING_ARCHIVE: requested; a person records the answer. */
export type TaskEvaluation =
  | { status: 'PASSED'; facts: Record<string, unknown>; archiveAnsweredOnline?: boolean }
  | { status: 'FAILED'; reason: string; facts: Record<string, unknown>; forgedMaterial: boolean }
  | { status: 'NEEDS_MANUAL'; reason: string; facts: Record<string, unknown> }
  | { status: 'AWAITING_ARCHIVE'; facts: Record<string, unknown> };

export interface TaskContext {
  kind: VerificationTaskKind;
  claim: Record<string, unknown>;
  archiveMode: ArchiveMode | null;
  residentId: string;
  /** YYYY-MM-DD; registry windows end with its month. */
  acceptedOn: string;
  archiveHolder: string;
}

/** Social-insurance and tax history asked for: the 20 years up to the acceptance month. */
export function registryWindow(acceptedOn: string): { from: string; to: string } {
  const year = Number(acceptedOn.slice(0, 4));
  return { from: `${year - 20}${acceptedOn.slice(4, 7)}`, to: acceptedOn.slice(0, 7) };
}

/** Asks the task's registry and judges the answer against the claim. Registry errors propagate (retry). */
export async function evaluateTask(registries: Registries, t: TaskContext): Promise<TaskEvaluation> {
  switch (t.kind) {
    case VerificationTaskKind.ARCHIVE_RETRIEVAL: {
      const answer = await registries.archiveHolder.requestArchive(
        t.residentId,
        t.archiveHolder,
        t.archiveMode ?? 'TRANSFER',
      );
      const facts = { reference: answer.reference, holder: t.archiveHolder };
      if (answer.status === 'ANSWERED') return { status: 'PASSED', facts, archiveAnsweredOnline: true };
      if (answer.status === 'NOT_HELD') {
        return {
          status: 'NEEDS_MANUAL',
          reason: `${t.archiveHolder} holds no archive of this person`,
          facts,
        };
      }
      return { status: 'AWAITING_ARCHIVE', facts };
    }
    case VerificationTaskKind.EDUCATION:
      return judgeDiploma(t.claim, await registries.education.findDiplomas(t.residentId));
    case VerificationTaskKind.QUALIFICATION:
      return judgeQualification(await registries.qualification.findCertificates(t.residentId));
    case VerificationTaskKind.SOCIAL_INSURANCE: {
      const { from, to } = registryWindow(t.acceptedOn);
      const months = await registries.socialInsurance.findMonths(t.residentId, from, to);
      if (months.length === 0) {
        return {
          status: 'FAILED',
          reason: 'No Shanghai employee social insurance on record',
          facts: { months },
          forgedMaterial: false,
        };
      }
      return { status: 'PASSED', facts: { months } };
    }
    case VerificationTaskKind.TAX: {
      const { from, to } = registryWindow(t.acceptedOn);
      return { status: 'PASSED', facts: { months: await registries.tax.findMonths(t.residentId, from, to) } };
    }
    case VerificationTaskKind.HUKOU: {
      const records = await registries.civilRecords.findRecords(t.residentId, ['HUKOU']);
      const spouseShanghaiHukou = records.some(
        (r) => r.details.holder === 'SPOUSE' && r.details.shanghai === true,
      );
      return { status: 'PASSED', facts: { spouseShanghaiHukou } };
    }
    case VerificationTaskKind.MARRIAGE: {
      const records = await registries.civilRecords.findRecords(t.residentId, ['MARRIAGE']);
      return { status: 'PASSED', facts: { marriageDate: latest(records)?.date ?? null } };
    }
    case VerificationTaskKind.AWARD: {
      const records = await registries.civilRecords.findRecords(t.residentId, ['AWARD']);
      return { status: 'PASSED', facts: { awards: [...new Set(records.map((r) => r.details.level))] } };
    }
    case VerificationTaskKind.INVESTMENT: {
      const record = latest(await registries.civilRecords.findRecords(t.residentId, ['INVESTMENT']));
      return {
        status: 'PASSED',
        facts: {
          averageAnnualTaxCny: record?.details.averageAnnualTaxCny ?? 0,
          averageAnnualLocalHires: record?.details.averageAnnualLocalHires ?? 0,
        },
      };
    }
    case VerificationTaskKind.CRIMINAL: {
      const records = await registries.civilRecords.findRecords(t.residentId, ['CRIMINAL', 'FALSE_MATERIAL']);
      return {
        status: 'PASSED',
        facts: {
          criminalRecords: records
            .filter((r) => r.kind === 'CRIMINAL')
            .map((r) => ({ date: r.date, serious: r.details.serious === true })),
          falseMaterialDates: records.filter((r) => r.kind === 'FALSE_MATERIAL').map((r) => r.date),
        },
      };
    }
    case VerificationTaskKind.DETENTION: {
      const records = await registries.civilRecords.findRecords(t.residentId, ['DETENTION']);
      return { status: 'PASSED', facts: { dates: records.map((r) => r.date) } };
    }
    case VerificationTaskKind.FAMILY_PLANNING: {
      const records = await registries.civilRecords.findRecords(t.residentId, ['FAMILY_PLANNING']);
      return { status: 'PASSED', facts: { violationDates: records.map((r) => r.date) } };
    }
    case VerificationTaskKind.RESIDENCE_PERMIT:
      return judgePermit(await registries.residencePermit.findPermit(t.residentId), t.acceptedOn);
    case VerificationTaskKind.CO_RESIDENT: {
      const kind = t.claim.relation === 'SPOUSE' ? 'MARRIAGE' : 'CHILD';
      return judgeCoResident(
        t.claim,
        await registries.civilRecords.findRecords(t.residentId, [kind]),
        t.acceptedOn,
      );
    }
    case VerificationTaskKind.CLAIM_CHECK:
      // Planned as manual (not automated): no job is ever queued for it.
      return {
        status: 'NEEDS_MANUAL',
        reason: 'No registry answers this claim: a person checks it',
        facts: {},
      };
  }
}

/**
 * The permit in the residence registry decides: none, cancelled (第二十条) or expired before the
 * acceptance fails the check (第二条 needs a valid permit); otherwise its dates are the facts.
 */
export function judgePermit(record: ResidencePermitRecord | null, acceptedOn: string): TaskEvaluation {
  if (!record) {
    return {
      status: 'FAILED',
      reason: 'No Shanghai residence permit on record in the residence registry',
      facts: {},
      forgedMaterial: false,
    };
  }
  const facts = {
    number: record.number,
    issuedOn: record.issuedOn,
    endorsedOn: record.endorsedOn,
    validUntil: record.validUntil,
    cancelledOn: record.cancelledOn,
  };
  if (record.cancelledOn && record.cancelledOn <= acceptedOn) {
    return {
      status: 'FAILED',
      reason: `The residence permit ${record.number} was cancelled (注销) on ${record.cancelledOn}`,
      facts,
      forgedMaterial: false,
    };
  }
  if (record.validUntil < acceptedOn) {
    return {
      status: 'FAILED',
      reason: `The residence permit ${record.number} expired on ${record.validUntil}, before the acceptance`,
      facts,
      forgedMaterial: false,
    };
  }
  return { status: 'PASSED', facts };
}

/** Full years from `birthDate` to `on` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return on.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/**
 * 同住人: the spouse is the one on the latest marriage record; a child is on the household
 * register with that name and birth date, under 18 on the acceptance day, and from 16 enrolled
 * full-time at a high school (全日制普通高中学籍, seed 002). A co-resident not verified is not a
 * finding against the applicant: it only stays off the notice, with the reason for the officer.
 */
export function judgeCoResident(
  claim: Record<string, unknown>,
  records: CivilRecord[],
  acceptedOn: string,
): TaskEvaluation {
  const name = typeof claim.name === 'string' ? claim.name : '';
  const birthDate = typeof claim.birthDate === 'string' ? claim.birthDate : '';
  const refuse = (reason: string, facts: Record<string, unknown> = {}): TaskEvaluation => ({
    status: 'FAILED',
    reason,
    facts,
    forgedMaterial: false,
  });
  if (claim.relation === 'SPOUSE') {
    const marriage = latest(records);
    if (!marriage) return refuse('No marriage of the holder on the marriage register');
    const spouseName = typeof marriage.details.spouseName === 'string' ? marriage.details.spouseName : null;
    if (spouseName === null) {
      return {
        status: 'NEEDS_MANUAL',
        reason: 'The marriage register holds no spouse name: check the marriage certificate (结婚证)',
        facts: { marriageDate: marriage.date },
      };
    }
    if (spouseName !== name) {
      return refuse(`The marriage register names another spouse, not ${name}`, {
        marriageDate: marriage.date,
      });
    }
    return { status: 'PASSED', facts: { relation: 'SPOUSE', name, marriageDate: marriage.date } };
  }
  const child = records.find((r) => r.details.name === name && r.date === birthDate);
  if (!child) return refuse(`No child ${name} born ${birthDate} on the household register`);
  const age = ageOn(birthDate, acceptedOn);
  if (age >= 18) return refuse(`${name} is ${age}: a co-resident child must be under 18`, { age });
  if (age >= 16 && child.details.fullTimeHighSchool !== true) {
    return refuse(`${name} is ${age}: no full-time high-school enrolment (全日制普通高中学籍) on record`, {
      age,
    });
  }
  return {
    status: 'PASSED',
    facts: {
      relation: 'CHILD',
      name,
      birthDate,
      age,
      fullTimeHighSchool: child.details.fullTimeHighSchool === true,
    },
  };
}

function latest(records: CivilRecord[]): CivilRecord | undefined {
  return [...records].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
}

/**
 * A diploma claimed with a certificate number must be that certificate in the national registry
 * (a number the registry does not hold for this person is a forged certificate); without a
 * number, the school and graduation date find it. The registry's level is the fact.
 */
export function judgeDiploma(claim: Record<string, unknown>, records: EducationRecord[]): TaskEvaluation {
  const certificateNo = typeof claim.certificateNo === 'string' ? claim.certificateNo : null;
  const match = certificateNo
    ? records.find((r) => r.certificateNo === certificateNo)
    : records.find(
        (r) =>
          (r.school === claim.school && r.graduationDate === claim.graduationDate) ||
          (claim.school === undefined && r.level === claim.level),
      );
  if (match) {
    return {
      status: 'PASSED',
      facts: {
        level: match.level,
        school: match.school,
        graduationDate: match.graduationDate,
        fullTime: match.fullTime,
        certificateNo: match.certificateNo,
      },
    };
  }
  if (certificateNo) {
    return {
      status: 'FAILED',
      reason: `Certificate ${certificateNo} is not in the national education registry for this person`,
      facts: { diplomasOnRecord: records.length },
      forgedMaterial: true,
    };
  }
  const level = isEducationLevel(claim.level) ? claim.level : 'the claimed diploma';
  return {
    status: 'FAILED',
    reason: `No ${level} from ${typeof claim.school === 'string' ? claim.school : 'the claimed school'} in the national education registry`,
    facts: { diplomasOnRecord: records.length },
    forgedMaterial: false,
  };
}

/** The highest certificate on record; among equals, one whose engagement matches the position. */
export function judgeQualification(records: QualificationRecord[]): TaskEvaluation {
  if (records.length === 0) {
    return {
      status: 'FAILED',
      reason: 'No title or vocational qualification certificate on record',
      facts: {},
      forgedMaterial: false,
    };
  }
  const rank = (r: QualificationRecord) =>
    QUALIFICATION_ORDER.indexOf(r.level) * 2 + (r.matchesPosition ? 1 : 0);
  const best = records.reduce((a, b) => (rank(b) > rank(a) ? b : a));
  return {
    status: 'PASSED',
    facts: {
      level: best.level,
      matchesPosition: best.matchesPosition,
      certificateNo: best.certificateNo,
      issuedOn: best.issuedOn,
    },
  };
}
