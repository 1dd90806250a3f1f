import type { EventPayload } from '@points/events';
import { EducationLevel, QualificationLevel } from '@points/scoring-engine';
import { ArchiveRetrievalMode, VerificationTaskKind } from '../../verification-tasks/verification-task.enums';
import { CLAIM_CHECKS, type Claims } from '../claims.util';

export type Diploma = EventPayload<'application.accepted'>['educationHistory'][number];
type Accepted = EventPayload<'application.accepted'>;
export type ClaimedPermit = NonNullable<Accepted['residencePermit']>;
export type ClaimedCoResident = NonNullable<Accepted['coResidents']>[number];

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
  residencePermit?: ClaimedPermit | null;
  coResidents?: readonly ClaimedCoResident[];
}): PlannedTask[] {
  const { claims } = input;
  const tasks: PlannedTask[] = [];
  const add = (kind: VerificationTaskKind, claim: Record<string, unknown> = {}, automated = true): void => {
    tasks.push({ kind, claim, automated, archiveMode: null });
  };

  const coResidents = input.coResidents ?? [];
  // 如果现在要增加同住子女的，则需要调档 (seed 000): a child added now means the archive itself.
  const childAdded = coResidents.some((p) => p.relation === 'CHILD' && p.added);
  tasks.push({
    kind: VerificationTaskKind.ARCHIVE_RETRIEVAL,
    claim: childAdded
      ? { holder: input.archiveHolder, transferBecause: 'a co-resident child is added (增加同住子女需调档)' }
      : { holder: input.archiveHolder },
    automated: true,
    archiveMode: childAdded ? ArchiveRetrievalMode.TRANSFER : input.archiveMode,
  });
  // The permit (第二条) and its verified expiry, which the points' validity follows.
  add(VerificationTaskKind.RESIDENCE_PERMIT, { ...(input.residencePermit ?? {}) });

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
  for (const person of coResidents) {
    add(VerificationTaskKind.CO_RESIDENT, {
      relation: person.relation,
      name: person.name,
      birthDate: person.birthDate,
      highSchoolEnrolmentProof: person.highSchoolEnrolmentProof,
    });
  }
  // No registry answers these: a person checks what must be seen; until then they do not count.
  for (const claim of claims.unverifiable) {
    add(
      VerificationTaskKind.CLAIM_CHECK,
      { claim, value: claims.unverifiableValues[claim] ?? true, ...CLAIM_CHECKS[claim] },
      false,
    );
  }
  return tasks;
}

type RenewalRequest = EventPayload<'application.renewal-review-requested'>;

/**
 * The checks of an unchanged renewal's online review (网审, domain.md RENEWAL): the registries its
 * renewal checks and its points rest on, never the form. Social insurance and tax (the last 12
 * months paid, the base tier, 社保与个税对应; a change of the paying employer), the permit (its
 * endorsement and the expiry the points follow), the title's match with the position, and the
 * marriage and co-residents the approval printed (a change there goes to the window). No archive,
 * no diploma: those did not change since the approval it continues.
 */
export function planRenewalReviewTasks(input: {
  claims: Claims;
  residencePermit: RenewalRequest['residencePermit'];
  coResidents: RenewalRequest['coResidents'];
}): PlannedTask[] {
  const tasks: PlannedTask[] = [];
  const add = (kind: VerificationTaskKind, claim: Record<string, unknown> = {}): void => {
    tasks.push({ kind, claim, automated: true, archiveMode: null });
  };
  add(VerificationTaskKind.RESIDENCE_PERMIT, { ...(input.residencePermit ?? {}) });
  add(VerificationTaskKind.SOCIAL_INSURANCE);
  add(VerificationTaskKind.TAX);
  if (input.claims.qualification !== QualificationLevel.NONE) {
    add(VerificationTaskKind.QUALIFICATION, { level: input.claims.qualification });
  }
  if (input.claims.spouseHukouMarriageDate !== null) {
    add(VerificationTaskKind.MARRIAGE, { marriageDate: input.claims.spouseHukouMarriageDate });
    add(VerificationTaskKind.HUKOU, { spouseShanghaiHukou: true });
  }
  for (const person of input.coResidents) add(VerificationTaskKind.CO_RESIDENT, { ...person });
  return tasks;
}
