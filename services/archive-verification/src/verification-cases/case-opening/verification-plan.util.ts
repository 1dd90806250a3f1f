import type { EventPayload } from '@points/events';
import { EducationLevel, QualificationLevel } from '@points/scoring-engine';
import { ArchiveRetrievalMode, VerificationTaskKind } from '../../verification-tasks/verification-task.enums';
import type { Claims } from '../claims.util';

export type Diploma = EventPayload<'application.accepted'>['educationHistory'][number];

export interface PlannedTask {
  kind: VerificationTaskKind;
  claim: Record<string, unknown>;
  /** false: no registry can answer it; it waits for a person (PENDING, manual only). */
  automated: boolean;
  archiveMode: ArchiveRetrievalMode | null;
}

/**
 * The checks one accepted application needs. Always: the archive, social insurance, tax, and the
 * records that can only take points away or veto (criminal incl. earlier false-material cases,
 * detention, family planning), because the applicant's declaration is not proof. Education per
 * claimed diploma (专升本: both); the others only when the claim that needs them is made.
 */
export function planVerificationTasks(input: {
  claims: Claims;
  educationHistory: readonly Diploma[];
  archiveHolder: string;
  archiveMode: ArchiveRetrievalMode;
}): PlannedTask[] {
  const { claims } = input;
  const tasks: PlannedTask[] = [];
  const add = (kind: VerificationTaskKind, claim: Record<string, unknown> = {}, automated = true): void => {
    tasks.push({ kind, claim, automated, archiveMode: null });
  };

  tasks.push({
    kind: VerificationTaskKind.ARCHIVE_RETRIEVAL,
    claim: { holder: input.archiveHolder },
    automated: true,
    archiveMode: input.archiveMode,
  });

  if (claims.education !== EducationLevel.NONE) {
    if (input.educationHistory.length === 0) {
      add(VerificationTaskKind.EDUCATION, { level: claims.education });
    }
    for (const diploma of input.educationHistory) {
      // Overseas degrees are certified by the 留学服务中心 on paper: a person checks them.
      add(VerificationTaskKind.EDUCATION, { ...diploma }, !diploma.overseas);
    }
  }
  if (claims.qualification !== QualificationLevel.NONE) {
    add(VerificationTaskKind.QUALIFICATION, { level: claims.qualification });
  }
  add(VerificationTaskKind.SOCIAL_INSURANCE);
  add(VerificationTaskKind.TAX);
  if (claims.spouseHukouMarriageDate !== null) {
    add(VerificationTaskKind.MARRIAGE, { marriageDate: claims.spouseHukouMarriageDate });
    add(VerificationTaskKind.HUKOU, { spouseShanghaiHukou: true });
  }
  if (claims.awards.length > 0) add(VerificationTaskKind.AWARD, { awards: claims.awards });
  if (claims.averageAnnualTaxCny > 0 || claims.averageAnnualLocalHires > 0) {
    add(VerificationTaskKind.INVESTMENT, {
      averageAnnualTaxCny: claims.averageAnnualTaxCny,
      averageAnnualLocalHires: claims.averageAnnualLocalHires,
    });
  }
  add(VerificationTaskKind.CRIMINAL);
  add(VerificationTaskKind.DETENTION);
  add(VerificationTaskKind.FAMILY_PLANNING);
  return tasks;
}
