import { registerEnumType } from '@nestjs/graphql';

/** The checks of a case (domain.md, "Verifications (ARCHIVE_REVIEW)"). */
export enum VerificationTaskKind {
  /** 调阅人事档案: 调档 (TRANSFER) or 核档函 (CHECK_LETTER). */
  ARCHIVE_RETRIEVAL = 'ARCHIVE_RETRIEVAL',
  /** 学历学位认证, one task per diploma (专升本: both), by the city centre. */
  EDUCATION = 'EDUCATION',
  /** 职称/职业资格 and its match with the position. */
  QUALIFICATION = 'QUALIFICATION',
  SOCIAL_INSURANCE = 'SOCIAL_INSURANCE',
  /** Individual income tax; 重税 (two Shanghai payers in a month) is a finding. */
  TAX = 'TAX',
  /** The spouse's Shanghai hukou (for the spouse bonus). */
  HUKOU = 'HUKOU',
  MARRIAGE = 'MARRIAGE',
  AWARD = 'AWARD',
  /** Investment and the invested company's tax and local hires. */
  INVESTMENT = 'INVESTMENT',
  /** Criminal records, and earlier false-material cases (诚信记录). */
  CRIMINAL = 'CRIMINAL',
  DETENTION = 'DETENTION',
  /** 计划生育: a violation is a veto. */
  FAMILY_PLANNING = 'FAMILY_PLANNING',
  /**
   * 居住证: number, issue, latest endorsement and expiry from the residence registry. A valid
   * permit is the precondition (第二条); the points run to its verified expiry, never the typed one.
   */
  RESIDENCE_PERMIT = 'RESIDENCE_PERMIT',
  /**
   * One co-resident (同住人) of the points notice: the spouse against the marriage register, a
   * child against the household register, a child of 16+ also against the full-time high-school
   * enrolment (学籍, seed 002). Only a verified co-resident is printed on the notice.
   */
  CO_RESIDENT = 'CO_RESIDENT',
  /**
   * A bonus claim no registry here can answer (entrepreneur, innovation intermediary, shortage
   * major, public-service or remote-suburb years, fresh graduate): a person at the centre or the
   * competent office checks what the claim says must be seen; it counts once they pass it.
   */
  CLAIM_CHECK = 'CLAIM_CHECK',
}
registerEnumType(VerificationTaskKind, { name: 'VerificationTaskKind' });

export enum VerificationTaskStatus {
  PENDING = 'PENDING',
  IN_PROGRESS = 'IN_PROGRESS',
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  NEEDS_MANUAL = 'NEEDS_MANUAL',
}
registerEnumType(VerificationTaskStatus, { name: 'VerificationTaskStatus' });

export const FINAL_TASK_STATUSES: readonly VerificationTaskStatus[] = [
  VerificationTaskStatus.PASSED,
  VerificationTaskStatus.FAILED,
];

export enum ArchiveRetrievalMode {
  TRANSFER = 'TRANSFER',
  CHECK_LETTER = 'CHECK_LETTER',
}
registerEnumType(ArchiveRetrievalMode, { name: 'ArchiveRetrievalMode' });

/** The result a person gives when completing a task by hand. */
export enum ManualTaskResult {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
}
registerEnumType(ManualTaskResult, { name: 'ManualTaskResult' });
