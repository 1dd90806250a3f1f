import type {
  ArchiveMode,
  CivilRecord,
  EducationRecord,
  QualificationRecord,
  Registries,
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
  }
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
