// Every enum the API returns, as the official Chinese term (the policy text's words where it has
// them: 学历, 职称, 技能等级...) and in English. Records over the generated union types, so a new
// enum value in the schema fails the type check until it has its label.
import type {
  AccountRole,
  ApplicationKind,
  ApplicationState,
  AppealIndicator,
  AppealState,
  ArchiveHolderKind,
  AwardLevel,
  CoResidentRelation,
  DiplomaLevel,
  EmployerStatus,
  EstablishmentKind,
  ForgeryCaseStatus,
  LicenceKind,
  MaritalStatus,
  MonthExclusionReason,
  OrganisationType,
  QualificationLevel,
  SanctionStatus,
  ScoreIndicator,
  VerificationTaskKind,
  VerificationTaskStatus,
} from '../gql/graphql';
import * as TERMS from '@points/terms';
import type { Language } from './language';

type Labels<T extends string> = Record<T, readonly [zh: string, en: string]>;

const APPLICATION_STATE: Labels<ApplicationState> = TERMS.APPLICATION_STATE;
const APPLICATION_KIND: Labels<ApplicationKind> = TERMS.APPLICATION_KIND;
const DIPLOMA_LEVEL: Labels<DiplomaLevel> = TERMS.DIPLOMA_LEVEL;
const QUALIFICATION_LEVEL: Labels<QualificationLevel> = TERMS.QUALIFICATION_LEVEL;
const SCORE_INDICATOR: Labels<ScoreIndicator> = TERMS.SCORE_INDICATOR;
const EMPLOYER_STATUS: Labels<EmployerStatus> = TERMS.EMPLOYER_STATUS;
const ORGANISATION_TYPE: Labels<OrganisationType> = TERMS.ORGANISATION_TYPE;
const ESTABLISHMENT: Labels<EstablishmentKind> = TERMS.ESTABLISHMENT;
const LICENCE_KIND: Labels<LicenceKind> = TERMS.LICENCE_KIND;
const MARITAL_STATUS: Labels<MaritalStatus> = TERMS.MARITAL_STATUS;
const CO_RESIDENT_RELATION: Labels<CoResidentRelation> = TERMS.CO_RESIDENT_RELATION;
const ARCHIVE_HOLDER_KIND: Labels<ArchiveHolderKind> = TERMS.ARCHIVE_HOLDER_KIND;
const AWARD_LEVEL: Labels<AwardLevel> = TERMS.AWARD_LEVEL;
const ACCOUNT_ROLE: Labels<AccountRole> = TERMS.ACCOUNT_ROLE;
const SANCTION_STATUS: Labels<SanctionStatus> = TERMS.SANCTION_STATUS;
const APPEAL_STATE: Labels<AppealState> = TERMS.APPEAL_STATE;
const MONTH_EXCLUSION: Labels<MonthExclusionReason> = TERMS.MONTH_EXCLUSION;

const VERIFICATION_TASK_KIND: Labels<VerificationTaskKind> = {
  ARCHIVE_RETRIEVAL: ['人事档案调阅', 'Personnel archive'],
  EDUCATION: ['学历学位认证', 'Education'],
  QUALIFICATION: ['职称（职业资格）核验', 'Title / qualification'],
  SOCIAL_INSURANCE: ['社会保险核验', 'Social insurance'],
  TAX: ['个人所得税核验', 'Income tax'],
  HUKOU: ['户籍核验', 'Hukou'],
  MARRIAGE: ['婚姻核验', 'Marriage'],
  AWARD: ['表彰奖励核验', 'Awards'],
  INVESTMENT: ['投资纳税核验', 'Investment and tax'],
  CRIMINAL: ['刑事犯罪记录核验', 'Criminal record'],
  DETENTION: ['治安拘留记录核验', 'Detention record'],
  FAMILY_PLANNING: ['计划生育核验', 'Family planning'],
  RESIDENCE_PERMIT: ['居住证核验', 'Residence permit'],
  CO_RESIDENT: ['同住人核验', 'Co-resident'],
  CLAIM_CHECK: ['申报事项人工核查', 'Claim checked by a person'],
};

const VERIFICATION_TASK_STATUS: Labels<VerificationTaskStatus> = {
  PENDING: ['待核验', 'Pending'],
  IN_PROGRESS: ['核验中', 'In progress'],
  PASSED: ['核验通过', 'Passed'],
  FAILED: ['核验不通过', 'Failed'],
  NEEDS_MANUAL: ['需人工核验', 'Needs a person'],
};

// 第二十二条's case on a person: decided by HRSS or the district supervisor, reviewed by HRSS.
const FORGERY_CASE_STATUS: Labels<ForgeryCaseStatus> = {
  PENDING_DECISION: ['待决定', 'Pending decision'],
  DECIDED: ['已决定', 'Decided'],
  APPEALED: ['已申请复核', 'Review requested'],
  APPEAL_DECIDED: ['复核已决定', 'Review decided'],
};

export const ENUM_LABELS = {
  AccountRole: ACCOUNT_ROLE,
  AppealIndicator: SCORE_INDICATOR satisfies Labels<AppealIndicator>,
  AppealState: APPEAL_STATE,
  ApplicationKind: APPLICATION_KIND,
  ApplicationState: APPLICATION_STATE,
  ArchiveHolderKind: ARCHIVE_HOLDER_KIND,
  AwardLevel: AWARD_LEVEL,
  CoResidentRelation: CO_RESIDENT_RELATION,
  DiplomaLevel: DIPLOMA_LEVEL,
  EmployerStatus: EMPLOYER_STATUS,
  EstablishmentKind: ESTABLISHMENT,
  ForgeryCaseStatus: FORGERY_CASE_STATUS,
  LicenceKind: LICENCE_KIND,
  MaritalStatus: MARITAL_STATUS,
  MonthExclusionReason: MONTH_EXCLUSION,
  OrganisationType: ORGANISATION_TYPE,
  QualificationLevel: QUALIFICATION_LEVEL,
  SanctionStatus: SANCTION_STATUS,
  ScoreIndicator: SCORE_INDICATOR,
  VerificationTaskKind: VERIFICATION_TASK_KIND,
  VerificationTaskStatus: VERIFICATION_TASK_STATUS,
} as const;

export type EnumName = keyof typeof ENUM_LABELS;

/** The label of an enum value; an unknown value (a newer server) is shown as it came. */
export function enumLabel<E extends EnumName>(
  name: E,
  value: string | null | undefined,
  language: Language,
): string {
  if (!value) return '—';
  const labels = ENUM_LABELS[name] as Record<string, readonly [string, string]>;
  const label = labels[value];
  return label ? label[language === 'zh' ? 0 : 1] : value;
}

/** Select options for an enum, in the schema's order. */
export function enumOptions<E extends EnumName>(
  name: E,
  language: Language,
): Array<{ value: keyof (typeof ENUM_LABELS)[E] & string; label: string }> {
  return Object.entries(ENUM_LABELS[name] as Record<string, readonly [string, string]>).map(
    ([value, label]) => ({
      value: value as keyof (typeof ENUM_LABELS)[E] & string,
      label: label[language === 'zh' ? 0 : 1],
    }),
  );
}
