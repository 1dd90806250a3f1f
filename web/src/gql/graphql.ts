/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date "YYYY-MM-DD" (validated as a real date, the error naming the field) */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** A JSON value */
  JSON: { input: unknown; output: unknown; }
  /** Every number of a rule set as a JSON object (the engine's RuleSet, validated by its ruleSetSchema) */
  RuleSetParameters: { input: unknown; output: unknown; }
  /** A calendar month "YYYY-MM" (validated as a real month, the error naming the field) */
  YearMonth: { input: string; output: string; }
};

/** A staff, HR or applicant account */
export type Account = {
  __typename?: 'Account';
  /** Applicant: banned up to and including this date after a forgery case */
  bannedUntil?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** Centre staff: their district. HR and applicants: their (last) employer's district */
  district?: Maybe<Scalars['String']['output']>;
  /** HR: their employer. Applicant: the current employer, null once released */
  employerId?: Maybe<Scalars['String']['output']>;
  /** Job changes, password resets and bans, oldest first */
  history: Array<AccountHistoryEntry>;
  /** For applicants this is also the applicantId other services use */
  id: Scalars['ID']['output'];
  /** Mobile number, masked unless unmasked: true */
  mobile?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Applicant: the residence permit's issue or endorsement date */
  permitDate?: Maybe<Scalars['String']['output']>;
  /** Resident ID number, masked unless unmasked: true */
  residentId?: Maybe<Scalars['String']['output']>;
  role: AccountRole;
  /** Login name of staff and HR; null for applicants, who log in with their resident ID number */
  username?: Maybe<Scalars['String']['output']>;
};


/** A staff, HR or applicant account */
export type AccountMobileArgs = {
  unmasked?: Scalars['Boolean']['input'];
};


/** A staff, HR or applicant account */
export type AccountResidentIdArgs = {
  unmasked?: Scalars['Boolean']['input'];
};

export type AccountConnection = {
  __typename?: 'AccountConnection';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Account>;
};

/** An entry in an account's history (job changes, password resets, bans) */
export type AccountHistoryEntry = {
  __typename?: 'AccountHistoryEntry';
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['String']['output']>;
  actorRole?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  employerId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  previousEmployerId?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

/** The role an account logs in with */
export type AccountRole =
  | 'APPLICANT'
  | 'CENTRE_OFFICER'
  | 'CENTRE_SUPERVISOR'
  | 'CITY_VERIFIER'
  | 'EMPLOYER_HR'
  | 'HRSS_ADMIN';

/** Another HR specialist of the caller’s employer */
export type AddHrAccountInput = {
  mobile: Scalars['String']['input'];
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  residentId: Scalars['String']['input'];
};

/** A new version of the indicator system (动态调整, article 23) */
export type AddRuleSetInput = {
  /** Copy every number from this version (default: the latest); ignored when parameters are given */
  basedOn?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  /** Must be after the effective date of every existing version */
  effectiveFrom: Scalars['Date']['input'];
  /** Every number of the new version (the RuleSet JSON); its version and effectiveFrom are replaced by the input's */
  parameters?: InputMaybe<Scalars['RuleSetParameters']['input']>;
  /** Unique id, e.g. SH-2026 */
  version: Scalars['String']['input'];
};

export type Appeal = {
  __typename?: 'Appeal';
  applicationId: Scalars['ID']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  firstReviewNote?: Maybe<Scalars['String']['output']>;
  firstReviewer?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The disputed indicator (null on a REJECTION appeal) */
  indicator?: Maybe<AppealIndicator>;
  /** Points to add (negative: remove) to the total; 0 on a REJECTION appeal */
  proposedDelta?: Maybe<Scalars['Int']['output']>;
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy: Scalars['String']['output'];
  requestedRole: Scalars['String']['output'];
  state: AppealState;
  /** SCORE: one indicator; REJECTION: the reason of an unscored rejection */
  subject: AppealSubject;
  version: Scalars['Int']['output'];
};

export type AppealFilter = {
  /** One district's appeals (e.g. XUHUI); default: every district */
  district?: InputMaybe<Scalars['String']['input']>;
  /** Default: the open ones (REQUESTED, REVIEWED) */
  states?: InputMaybe<Array<AppealState>>;
};

/** The person asks for review of a serious forgery decision */
export type AppealForgeryCaseInput = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type AppealIndicator =
  | 'ADMINISTRATIVE_DETENTION'
  | 'AGE'
  | 'AWARD'
  | 'CRIMINAL_RECORD'
  | 'EDUCATION'
  | 'ENTREPRENEUR'
  | 'FALSE_MATERIALS'
  | 'FRESH_GRADUATE'
  | 'INNOVATION_INTERMEDIARY'
  | 'INVESTMENT_TAX'
  | 'LOCAL_EMPLOYMENT'
  | 'PUBLIC_SERVICE'
  | 'QUALIFICATION'
  | 'REMOTE_SUBURB'
  | 'SHORTAGE_MAJOR'
  | 'SOCIAL_INSURANCE_BASE'
  | 'SOCIAL_INSURANCE_YEARS'
  | 'SPOUSE_HUKOU'
  | 'VETO';

export type AppealListItem = {
  __typename?: 'AppealListItem';
  applicationId: Scalars['ID']['output'];
  /** The total an upheld correction starts from: the corrected total, else the decided one */
  currentTotal?: Maybe<Scalars['Int']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  district: Scalars['String']['output'];
  firstReviewNote?: Maybe<Scalars['String']['output']>;
  firstReviewer?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The disputed indicator (null on a REJECTION appeal) */
  indicator?: Maybe<AppealIndicator>;
  /** Points to add (negative: remove) to the total; 0 on a REJECTION appeal */
  proposedDelta?: Maybe<Scalars['Int']['output']>;
  reason: Scalars['String']['output'];
  receiptNo?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  requestedBy: Scalars['String']['output'];
  requestedRole: Scalars['String']['output'];
  state: AppealState;
  /** SCORE: one indicator; REJECTION: the reason of an unscored rejection */
  subject: AppealSubject;
  version: Scalars['Int']['output'];
};

export type AppealPage = {
  __typename?: 'AppealPage';
  /** Pass as `after` for the next page */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  /** Oldest request first, then by id */
  items: Array<AppealListItem>;
};

export type AppealRequestInput = {
  applicationId: Scalars['ID']['input'];
  indicator: AppealIndicator;
  reason: Scalars['String']['input'];
};

export type AppealState =
  | 'DISMISSED'
  | 'REQUESTED'
  | 'REVIEWED'
  | 'UPHELD';

export type AppealSubject =
  | 'REJECTION'
  | 'SCORE';

/** 伪造材料案件: a forgery finding on an applicant, decided by a person (第二十二条) */
export type ApplicantForgeryCase = {
  __typename?: 'ApplicantForgeryCase';
  appealDecidedAt?: Maybe<Scalars['DateTime']['output']>;
  appealDecidedBy?: Maybe<Scalars['String']['output']>;
  appealDecisionReason?: Maybe<Scalars['String']['output']>;
  appealReason?: Maybe<Scalars['String']['output']>;
  /** Review upheld: the ban is lifted */
  appealUpheld?: Maybe<Scalars['Boolean']['output']>;
  appealedAt?: Maybe<Scalars['DateTime']['output']>;
  applicantId: Scalars['ID']['output'];
  applicationId: Scalars['ID']['output'];
  /** Serious: may not apply up to and including this day */
  bannedUntil?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  decidedRole?: Maybe<Scalars['String']['output']>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  district: Scalars['String']['output'];
  employerId: Scalars['ID']['output'];
  foundOn: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** 情节严重: decided serious (3-year ban) or not (deduction only) */
  serious?: Maybe<Scalars['Boolean']['output']>;
  status: ForgeryCaseStatus;
  /** The verification case that found it */
  verificationCaseId: Scalars['ID']['output'];
};

/** 积分申请: a points application filed by an employer for its applicant */
export type Application = {
  __typename?: 'Application';
  acceptedOn?: Maybe<Scalars['String']['output']>;
  appeals: Array<Appeal>;
  applicantId: Scalars['ID']['output'];
  /** Archive retrieval: 20 working days from acceptance */
  archiveDeadline?: Maybe<Deadline>;
  /** The scoring decision (the scoring subgraph's entity) */
  assessment?: Maybe<Assessment>;
  assessmentDate?: Maybe<Scalars['String']['output']>;
  /** The officer (account id) working on it */
  assignedOfficer?: Maybe<Scalars['String']['output']>;
  /** Each co-resident claimed, as verified; only verified ones go on the points notice */
  coResidentChecks?: Maybe<Array<CoResidentCheck>>;
  /** The total after upheld appeals (复核); null if none */
  correctedTotal?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decisionReason?: Maybe<Scalars['String']['output']>;
  district: Scalars['String']['output'];
  employer: Employer;
  employerApprovedAt?: Maybe<Scalars['DateTime']['output']>;
  employerId: Scalars['ID']['output'];
  /** ARCHIVE_REVIEW or SCORING past its deadline: the day it went to the district supervisor */
  escalatedOn?: Maybe<Scalars['String']['output']>;
  /** SUBMITTED or MATERIALS_REQUIRED: the day it expires if nothing moves it (30 days after the last change; YYYY-MM-DD). Null otherwise, and for a renewal whose registries are being asked */
  expiresOn?: Maybe<Scalars['String']['output']>;
  findings?: Maybe<Array<ApplicationFinding>>;
  /** The form; resident ID and mobile masked unless unmasked: true (each unmasked read is audited) */
  form: ApplicationForm;
  history: Array<ApplicationHistoryEntry>;
  id: Scalars['ID']['output'];
  kind: ApplicationKind;
  /** What the officer said is missing (当场告知补齐) */
  materialsMissing?: Maybe<Array<Scalars['String']['output']>>;
  /** 积分通知书: its document number, verification code and check link, for the holder and the employer (null until printable) */
  notice?: Maybe<PointsNoticeReference>;
  /** RENEWAL reviewed online (网审) rather than at the window */
  onlineReview: Scalars['Boolean']['output'];
  /** The deadline it is waiting on has passed (queue order puts these first) */
  overdue: Scalars['Boolean']['output'];
  /** RENEWAL: the day the permit was endorsed (签注) */
  permitEndorsedOn?: Maybe<Scalars['String']['output']>;
  /** The points lapsed or were cancelled on this day */
  pointsVoidedOn?: Maybe<Scalars['String']['output']>;
  /** RENEWAL and CHANGE: the approved application it continues */
  previousApplicationId?: Maybe<Scalars['ID']['output']>;
  /** 收件凭证 number, e.g. XUHUI-2026-000123 */
  receiptNo?: Maybe<Scalars['String']['output']>;
  /** APPROVED with an endorsement recorded: its renewal window (null otherwise) */
  renewalWindow?: Maybe<RenewalWindowView>;
  /** 撤销: the employer's request, as recorded at the window */
  revocationRequest?: Maybe<Scalars['String']['output']>;
  ruleSetVersion?: Maybe<Scalars['String']['output']>;
  /** Scoring: 20 working days from formal acceptance */
  scoringDeadline?: Maybe<Deadline>;
  /** SCORING: why the assessment could not run (fields and rules); HRSS re-scores once fixed, or the officer rejects */
  scoringFailure?: Maybe<Scalars['String']['output']>;
  /** Formal acceptance (正式受理): archive verified, materials complete */
  scoringStartedOn?: Maybe<Scalars['String']['output']>;
  /** 模拟估分 of the claims while filling (never the decision) */
  simulatedScore: SimulatedScore;
  state: ApplicationState;
  /** When it went to the centre (等待受理) */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The total of the scoring decision (score.assessed) */
  totalPoints?: Maybe<Scalars['Int']['output']>;
  /** APPROVED: the points are valid until this day */
  validUntil?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};


/** 积分申请: a points application filed by an employer for its applicant */
export type ApplicationFormArgs = {
  unmasked?: Scalars['Boolean']['input'];
};

export type ApplicationFinding = {
  __typename?: 'ApplicationFinding';
  code: Scalars['String']['output'];
  note: Scalars['String']['output'];
};

/** The form as filled so far */
export type ApplicationForm = {
  __typename?: 'ApplicationForm';
  archiveLocation?: Maybe<ArchiveLocation>;
  bonusClaims?: Maybe<BonusClaims>;
  coResidents: Array<CoResident>;
  declarations?: Maybe<Declarations>;
  educationHistory: Array<EducationEntry>;
  employment?: Maybe<Employment>;
  personal: PersonalData;
  qualifications: Array<QualificationEntry>;
  residencePermit?: Maybe<ResidencePermit>;
  socialInsurance: Array<ClaimedContributionPeriod>;
};

export type ApplicationFormInput = {
  archiveLocation?: InputMaybe<ArchiveLocationInput>;
  bonusClaims?: InputMaybe<BonusClaimsInput>;
  coResidents?: InputMaybe<Array<CoResidentInput>>;
  declarations?: InputMaybe<DeclarationsInput>;
  educationHistory?: InputMaybe<Array<EducationEntryInput>>;
  employment?: InputMaybe<EmploymentInput>;
  personal?: InputMaybe<PersonalDataInput>;
  qualifications?: InputMaybe<Array<QualificationEntryInput>>;
  residencePermit?: InputMaybe<ResidencePermitInput>;
  socialInsurance?: InputMaybe<Array<ClaimedContributionPeriodInput>>;
};

export type ApplicationHistoryEntry = {
  __typename?: 'ApplicationHistoryEntry';
  /** Account id, or "system" for event-driven steps */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** What happened, as a stable code (null only on old entries it could not be derived for) */
  code?: Maybe<HistoryCode>;
  /** FORM_EDITED: the form sections saved (ApplicationFormInput field names) */
  fields?: Maybe<Array<Scalars['String']['output']>>;
  fromState?: Maybe<ApplicationState>;
  /** Free text: what the person typed, or the detail */
  reason?: Maybe<Scalars['String']['output']>;
  role: Scalars['String']['output'];
  toState: ApplicationState;
};

export type ApplicationKind =
  | 'CHANGE'
  | 'NEW'
  | 'RENEWAL';

export type ApplicationState =
  | 'APPROVED'
  | 'ARCHIVE_REVIEW'
  | 'DRAFT'
  | 'EMPLOYER_REVIEW'
  | 'MATERIALS_REQUIRED'
  | 'REJECTED'
  | 'SCORING'
  | 'SUBMITTED'
  | 'WITHDRAWN';

/** 第二条 / 第十三条: a condition for applying at all, beside the score */
export type ApplyCondition =
  | 'EMPLOYED_IN_APPLICATION_MONTH'
  | 'EMPLOYER_MAY_FILE'
  | 'RESIDENCE_PERMIT_VALID'
  | 'SOCIAL_INSURANCE_MONTHS';

export type ArchiveHolderKind =
  | 'DISTRICT_TALENT_CENTRE'
  | 'JOB_AGENCY'
  | 'OTHER';

/** 人事档案存放: who holds the personnel archive */
export type ArchiveLocation = {
  __typename?: 'ArchiveLocation';
  /** The centre or agency, by name */
  holder: Scalars['String']['output'];
  kind: ArchiveHolderKind;
};

export type ArchiveLocationInput = {
  /** The centre or agency, by name */
  holder: Scalars['String']['input'];
  kind: ArchiveHolderKind;
};

export type ArchiveRetrievalMode =
  | 'CHECK_LETTER'
  | 'TRANSFER';

/** A scoring decision on verified facts (积分核定) */
export type Assessment = {
  __typename?: 'Assessment';
  applicationId: Scalars['ID']['output'];
  assessedAt: Scalars['DateTime']['output'];
  assessmentDate: Scalars['Date']['output'];
  /** May the holder apply at all (第二条, 第十三条)? The decision approves only when this and eligible hold; null for decisions made before it was checked */
  canApply?: Maybe<Scalars['Boolean']['output']>;
  /** The total after upheld appeals (复核), as the application service decided them; null if none */
  correctedTotal?: Maybe<Scalars['Int']['output']>;
  /** District of the filing employer */
  district: Scalars['String']['output'];
  eligible: Scalars['Boolean']['output'];
  excludedMonths: Array<ExcludedMonth>;
  id: Scalars['ID']['output'];
  /** each with the evidence its facts rest on, when the verified profile gave it */
  items: Array<ScoreItem>;
  kind: AssessmentKind;
  /** The exact input the decision was made on (HRSS only) */
  profile?: Maybe<ScoreProfile>;
  /** Revision of the rule set (its wage table) the decision used */
  ruleSetRevision: Scalars['Int']['output'];
  /** SHA-256 of the exact rule parameters the decision used */
  ruleSetSha256: Scalars['String']['output'];
  ruleSetVersion: Scalars['String']['output'];
  standard: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  /** the conditions for applying that did not hold */
  unmetConditions: Array<UnmetCondition>;
  vetoed: Scalars['Boolean']['output'];
};

export type AssessmentKind =
  | 'CHANGE'
  | 'NEW'
  | 'RENEWAL';

/** 本市上年度职工社会平均工资: a month of year Y is compared with year Y−1 */
export type AverageMonthlyWage = {
  __typename?: 'AverageMonthlyWage';
  /** monthly CNY */
  monthlyCny: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** 表彰奖励 */
export type AwardLevel =
  | 'MUNICIPAL_COMPREHENSIVE'
  | 'MUNICIPAL_SPECIAL'
  | 'NATIONAL';

/** The bonus indicators claimed (scoring.md) */
export type BonusClaims = {
  __typename?: 'BonusClaims';
  averageAnnualLocalHires: Scalars['Float']['output'];
  averageAnnualTaxCny: Scalars['Float']['output'];
  awards: Array<ClaimedAwardLevel>;
  entrepreneur: Scalars['Boolean']['output'];
  freshGraduate: Scalars['Boolean']['output'];
  innovationIntermediary: Scalars['Boolean']['output'];
  publicServiceYears: Scalars['Int']['output'];
  remoteSuburbYears: Scalars['Int']['output'];
  shortageMajor: Scalars['Boolean']['output'];
  /** Spouse with Shanghai hukou: date of marriage */
  spouseHukouMarriageDate?: Maybe<Scalars['String']['output']>;
};

export type BonusClaimsInput = {
  averageAnnualLocalHires?: Scalars['Float']['input'];
  averageAnnualTaxCny?: Scalars['Float']['input'];
  awards?: Array<ClaimedAwardLevel>;
  entrepreneur?: Scalars['Boolean']['input'];
  freshGraduate?: Scalars['Boolean']['input'];
  innovationIntermediary?: Scalars['Boolean']['input'];
  publicServiceYears?: Scalars['Int']['input'];
  remoteSuburbYears?: Scalars['Int']['input'];
  shortageMajor?: Scalars['Boolean']['input'];
  /** Spouse with Shanghai hukou: date of marriage */
  spouseHukouMarriageDate?: InputMaybe<Scalars['String']['input']>;
};

/** One day of a holiday schedule */
export type CalendarDay = {
  __typename?: 'CalendarDay';
  /** YYYY-MM-DD */
  date: Scalars['String']['output'];
  /** e.g. 春节, 国庆节调休上班 */
  name: Scalars['String']['output'];
};

export type CalendarDayInput = {
  /** YYYY-MM-DD, in the year entered */
  date: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** Where a year's days off come from: HRSS's entry, the package's data, or the law alone */
export type CalendarSource =
  | 'PACKAGE'
  | 'PUBLISHED'
  | 'STATUTORY_RULES';

/** A year of the working-day calendar as deadlines are counted with it */
export type CalendarYear = {
  __typename?: 'CalendarYear';
  /** HRSS's entry in force, if any */
  current?: Maybe<CalendarYearRevision>;
  /** No notice known: deadlines counted over this year are provisional (暂定) */
  provisional: Scalars['Boolean']['output'];
  /** Every entry of the year, newest first */
  revisions: Array<CalendarYearRevision>;
  source: CalendarSource;
  /** The days off the law alone gives (used while the year has no notice), with 补假 */
  statutoryDaysOff: Array<CalendarDay>;
  year: Scalars['Int']['output'];
};

/** One audited entry of a year's schedule (append-only; the highest revision is in force) */
export type CalendarYearRevision = {
  __typename?: 'CalendarYearRevision';
  changedAt: Scalars['DateTime']['output'];
  /** The account (JWT subject) that entered it */
  changedBy: Scalars['String']['output'];
  changedByRole: Scalars['String']['output'];
  /** The notice it was entered from, e.g. 国办发明电〔2026〕7号 */
  documentRef: Scalars['String']['output'];
  /** Days off, weekend days inside a holiday block included */
  holidays: Array<CalendarDay>;
  reason: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  /** Weekend days declared working days (调休上班) */
  workdays: Array<CalendarDay>;
  year: Scalars['Int']['output'];
};

export type ClaimedAwardLevel =
  | 'MUNICIPAL_COMPREHENSIVE'
  | 'MUNICIPAL_SPECIAL'
  | 'NATIONAL';

/** A social-insurance period as claimed (verified later) */
export type ClaimedContributionPeriod = {
  __typename?: 'ClaimedContributionPeriod';
  backPaid: Scalars['Boolean']['output'];
  base: Scalars['Float']['output'];
  baseMatchesTax: Scalars['Boolean']['output'];
  /** YYYY-MM, inclusive */
  from: Scalars['String']['output'];
  payerMatchesContract: Scalars['Boolean']['output'];
  /** YYYY-MM, inclusive */
  to: Scalars['String']['output'];
};

export type ClaimedContributionPeriodInput = {
  backPaid?: Scalars['Boolean']['input'];
  base: Scalars['Float']['input'];
  baseMatchesTax?: Scalars['Boolean']['input'];
  /** YYYY-MM, inclusive */
  from: Scalars['String']['input'];
  payerMatchesContract?: Scalars['Boolean']['input'];
  /** YYYY-MM, inclusive */
  to: Scalars['String']['input'];
};

export type ClaimedQualificationLevel =
  | 'MID_TITLE'
  | 'NONE'
  | 'SENIOR_TITLE'
  | 'SKILL_1'
  | 'SKILL_2'
  | 'SKILL_3'
  | 'SKILL_4'
  | 'SKILL_5';

/** 同住人 */
export type CoResident = {
  __typename?: 'CoResident';
  /** YYYY-MM-DD */
  birthDate: Scalars['String']['output'];
  /** A child of 16 or more: reference of the high-school enrolment proof (在读高中证明) */
  highSchoolEnrolmentProof?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  relation: CoResidentRelation;
};

/** 同住人 checked against the marriage and household registers */
export type CoResidentCheck = {
  __typename?: 'CoResidentCheck';
  /** YYYY-MM-DD */
  birthDate: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Why not verified: not printed on the notice */
  reason?: Maybe<Scalars['String']['output']>;
  /** SPOUSE or CHILD */
  relation: Scalars['String']['output'];
  /** On the register (and for a child of 16+, enrolled full-time at a high school) */
  verified: Scalars['Boolean']['output'];
};

export type CoResidentInput = {
  /** YYYY-MM-DD */
  birthDate: Scalars['String']['input'];
  /** A child of 16 or more: reference of the high-school enrolment proof (在读高中证明) */
  highSchoolEnrolmentProof?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  relation: CoResidentRelation;
};

export type CoResidentRelation =
  | 'CHILD'
  | 'SPOUSE';

export type CompleteVerificationTaskInput = {
  /** FAILED because the material is forged or false */
  forgedMaterial?: Scalars['Boolean']['input'];
  /** QUALIFICATION: the engagement matches the position */
  matchesPosition?: InputMaybe<Scalars['Boolean']['input']>;
  /** What was checked and how (kept with the task) */
  note: Scalars['String']['input'];
  /** RESIDENCE_PERMIT passed by hand: the expiry (YYYY-MM-DD) on the permit seen; the points run to it */
  permitValidUntil?: InputMaybe<Scalars['String']['input']>;
  result: ManualTaskResult;
  taskId: Scalars['ID']['input'];
  /** EDUCATION/QUALIFICATION: the level established (EducationLevel/QualificationLevel name); default the claimed one */
  verifiedLevel?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is a CONFLICT */
  version: Scalars['Int']['input'];
};

export type ContributionPeriod = {
  __typename?: 'ContributionPeriod';
  backPaid: Scalars['Boolean']['output'];
  base: Scalars['Float']['output'];
  baseMatchesTax: Scalars['Boolean']['output'];
  from: Scalars['YearMonth']['output'];
  /** the income the income tax was withheld on, CNY */
  incomeTaxBase?: Maybe<Scalars['Float']['output']>;
  payerMatchesContract: Scalars['Boolean']['output'];
  to: Scalars['YearMonth']['output'];
};

/** One contribution record of 职工社会保险, both months inclusive */
export type ContributionPeriodInput = {
  /** 补缴 */
  backPaid?: InputMaybe<Scalars['Boolean']['input']>;
  /** monthly contribution base, CNY */
  base: Scalars['Float']['input'];
  baseMatchesTax?: InputMaybe<Scalars['Boolean']['input']>;
  /** inclusive */
  from: Scalars['YearMonth']['input'];
  /** the monthly income the individual income tax was withheld on (个税申报收入), CNY; when given, the engine decides 合理对应 itself: within the rule set’s tolerance, or the base at that year’s contribution ceiling with a higher taxed income */
  incomeTaxBase?: InputMaybe<Scalars['Float']['input']>;
  payerMatchesContract?: InputMaybe<Scalars['Boolean']['input']>;
  /** inclusive */
  to: Scalars['YearMonth']['input'];
};

/** An applicant's account, opened by their approved employer's HR */
export type CreateApplicantAccountInput = {
  /** Mainland mobile number: SMS about the application goes there */
  mobile: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Initial password: 6–18 characters with letters and digits */
  password: Scalars['String']['input'];
  /** The residence permit's issue or endorsement date (YYYY-MM-DD): the account opens 3 working days after it */
  permitDate: Scalars['String']['input'];
  /** Resident ID number (GB 11643): the username */
  residentId: Scalars['String']['input'];
};

export type CreateApplicationInput = {
  /** HR: the applicant; an applicant files for themselves */
  applicantId?: InputMaybe<Scalars['ID']['input']>;
  kind: ApplicationKind;
  /** RENEWAL: the day the permit was endorsed (签注), YYYY-MM-DD */
  permitEndorsedOn?: InputMaybe<Scalars['String']['input']>;
};

/** A staff account, created by HRSS */
export type CreateStaffAccountInput = {
  /** Required for centre staff (their district) */
  district?: InputMaybe<Scalars['String']['input']>;
  mobile?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** CENTRE_OFFICER, CENTRE_SUPERVISOR, CITY_VERIFIER or HRSS_ADMIN */
  role: AccountRole;
  /** Login name: 3–32 of a–z, 0–9, . _ -, starting with a letter */
  username: Scalars['String']['input'];
};

export type Deadline = {
  __typename?: 'Deadline';
  calendarDataVersion: Scalars['String']['output'];
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['output'];
  overdue: Scalars['Boolean']['output'];
  /** Computed where the holiday calendar is not published yet; may move */
  provisional: Scalars['Boolean']['output'];
};

/** A second person decides the review: upheld lifts the ban */
export type DecideForgeryAppealInput = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  upheld: Scalars['Boolean']['input'];
};

/** 第二十二条: whether the forgery is serious (情节严重: 3-year ban) or not (deduction only) */
export type DecideForgeryCaseInput = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** true: 情节严重, the person may not apply for 3 years */
  serious: Scalars['Boolean']['input'];
};

/** The two declarations of the form */
export type Declarations = {
  __typename?: 'Declarations';
  /** 无刑事犯罪记录 */
  noCriminalRecord: Scalars['Boolean']['output'];
  /** 无违反计划生育政策 */
  noFamilyPlanningViolation: Scalars['Boolean']['output'];
};

export type DeclarationsInput = {
  /** 无刑事犯罪记录 */
  noCriminalRecord: Scalars['Boolean']['input'];
  /** 无违反计划生育政策 */
  noFamilyPlanningViolation: Scalars['Boolean']['input'];
};

export type DiplomaLevel =
  | 'BACHELOR'
  | 'BACHELOR_WITH_DEGREE'
  | 'DOCTOR'
  | 'JUNIOR_COLLEGE'
  | 'MASTER'
  | 'NONE';

/** One of the 16 districts, each with a talent service centre (区人才服务中心) */
export type District = {
  __typename?: 'District';
  /** Code used everywhere in the API, e.g. XUHUI */
  code: Scalars['String']['output'];
  /** Chinese name, e.g. 徐汇区 */
  name: Scalars['String']['output'];
};

/** How a district retrieves personnel archives */
export type DistrictArchiveSetting = {
  __typename?: 'DistrictArchiveSetting';
  archiveMode: ArchiveRetrievalMode;
  district: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type DistrictCount = {
  __typename?: 'DistrictCount';
  count: Scalars['Int']['output'];
  district: Scalars['String']['output'];
};

export type DistrictStateCount = {
  __typename?: 'DistrictStateCount';
  count: Scalars['Int']['output'];
  district: Scalars['String']['output'];
  state: ApplicationState;
};

/** One diploma (专升本: one entry per diploma) */
export type EducationEntry = {
  __typename?: 'EducationEntry';
  certificateNo?: Maybe<Scalars['String']['output']>;
  fullTime: Scalars['Boolean']['output'];
  /** YYYY-MM-DD */
  graduationDate: Scalars['String']['output'];
  level: DiplomaLevel;
  major?: Maybe<Scalars['String']['output']>;
  overseas: Scalars['Boolean']['output'];
  school: Scalars['String']['output'];
};

export type EducationEntryInput = {
  certificateNo?: InputMaybe<Scalars['String']['input']>;
  fullTime: Scalars['Boolean']['input'];
  /** YYYY-MM-DD */
  graduationDate: Scalars['String']['input'];
  level: DiplomaLevel;
  major?: InputMaybe<Scalars['String']['input']>;
  overseas: Scalars['Boolean']['input'];
  school: Scalars['String']['input'];
};

/** 教育背景 */
export type EducationLevel =
  | 'BACHELOR'
  | 'BACHELOR_WITH_DEGREE'
  | 'DOCTOR'
  | 'JUNIOR_COLLEGE'
  | 'MASTER'
  | 'NONE';

/** 单位: an employer registered with its district talent service centre */
export type Employer = {
  __typename?: 'Employer';
  address?: Maybe<Scalars['String']['output']>;
  /** The employer's applications the caller may see, newest first */
  applications: Array<Application>;
  createdAt: Scalars['DateTime']['output'];
  creditCode: Scalars['String']['output'];
  district: Scalars['String']['output'];
  establishment?: Maybe<EstablishmentKind>;
  /** Every decision on this employer, oldest first */
  history: Array<EmployerHistoryEntry>;
  id: Scalars['ID']['output'];
  /** 法定代表人 */
  legalRepresentative?: Maybe<Scalars['String']['output']>;
  /** HR service agencies only */
  licenceKind?: Maybe<LicenceKind>;
  /** HR service agencies only */
  licenceNumber?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  organisationType?: Maybe<OrganisationType>;
  /** Forgery cases and sanctions on record */
  sanctions: Array<EmployerSanction>;
  /** 社会保险登记号 */
  socialInsuranceNo?: Maybe<Scalars['String']['output']>;
  status: EmployerStatus;
  submittedAt: Scalars['DateTime']['output'];
  /** Whether a sanction suspends it today */
  suspended: Scalars['Boolean']['output'];
  /** Suspended up to and including this date (YYYY-MM-DD) */
  suspendedUntil?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type EmployerConnection = {
  __typename?: 'EmployerConnection';
  /** Pass as `after` for the next page */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Employer>;
};

/** An entry in an employer's history */
export type EmployerHistoryEntry = {
  __typename?: 'EmployerHistoryEntry';
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['String']['output']>;
  actorRole?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  fromStatus?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  toStatus?: Maybe<Scalars['String']['output']>;
};

/** The result of a registration: it waits for the district centre */
export type EmployerRegistration = {
  __typename?: 'EmployerRegistration';
  /** The district centre that reviews it */
  district: Scalars['String']['output'];
  employerId: Scalars['ID']['output'];
  /** Login names of the HR specialists, in the order given: <credit code>-<n> */
  hrUsernames: Array<Scalars['String']['output']>;
  status: EmployerStatus;
};

/** A forgery case or sanction on an employer's record */
export type EmployerSanction = {
  __typename?: 'EmployerSanction';
  applicationId?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  decidedRole?: Maybe<Scalars['String']['output']>;
  /** Fine in CNY, 30,000–50,000 */
  fineCny?: Maybe<Scalars['Int']['output']>;
  forgeryCaseId?: Maybe<Scalars['String']['output']>;
  foundOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  status: SanctionStatus;
  suspendedUntil?: Maybe<Scalars['String']['output']>;
};

export type EmployerStatus =
  | 'APPROVED'
  | 'PENDING_REVIEW'
  | 'REJECTED';

/** Employment with the filing employer */
export type Employment = {
  __typename?: 'Employment';
  /** Labour contract end; null for an open-ended contract */
  contractEnd?: Maybe<Scalars['String']['output']>;
  /** Labour contract start, YYYY-MM-DD */
  contractStart: Scalars['String']['output'];
  position: Scalars['String']['output'];
};

export type EmploymentInput = {
  /** Labour contract end; null for an open-ended contract */
  contractEnd?: InputMaybe<Scalars['String']['input']>;
  /** Labour contract start, YYYY-MM-DD */
  contractStart: Scalars['String']['input'];
  position: Scalars['String']['input'];
};

export type EstablishmentKind =
  | 'OUT_OF_TOWN_BRANCH'
  | 'OUT_OF_TOWN_REPRESENTATIVE_OFFICE'
  | 'SHANGHAI_REGISTERED';

/** What a counted fact rests on: a registry answer or a person’s check */
export type Evidence = {
  __typename?: 'Evidence';
  /** MANUAL_CHECK: the staff account that confirmed it */
  checkedBy?: Maybe<Scalars['String']['output']>;
  /** the day of the check, YYYY-MM-DD */
  checkedOn?: Maybe<Scalars['String']['output']>;
  /** the verified-profile field it backs, e.g. socialInsurance */
  field: Scalars['String']['output'];
  kind: EvidenceKind;
  /** the registry, or what the person checked */
  source: Scalars['String']['output'];
};

/** What a counted fact rests on */
export type EvidenceKind =
  | 'MANUAL_CHECK'
  | 'REGISTRY';

/** A social-insurance month that does not count, and why */
export type ExcludedMonth = {
  __typename?: 'ExcludedMonth';
  /** the first reason */
  code: MonthExclusionReason;
  /** the indicators this month does not count for */
  indicators: Array<ScoreIndicator>;
  month: Scalars['YearMonth']['output'];
  note: Scalars['String']['output'];
  reasons: Array<MonthExclusionReason>;
};

/** A verification job in the failed set (all attempts used up) */
export type FailedVerificationJob = {
  __typename?: 'FailedVerificationJob';
  attemptsMade: Scalars['Int']['output'];
  failedAt?: Maybe<Scalars['DateTime']['output']>;
  failedReason: Scalars['String']['output'];
  jobId: Scalars['ID']['output'];
  taskId?: Maybe<Scalars['ID']['output']>;
};

export type ForgeryCaseStatus =
  | 'APPEALED'
  | 'APPEAL_DECIDED'
  | 'DECIDED'
  | 'PENDING_DECISION';

export type GeneratedFile = {
  __typename?: 'GeneratedFile';
  base64: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
};

/** What a history entry records: a transition table's action, or a change that keeps the state */
export type HistoryCode =
  | 'ACCEPT'
  | 'AMENDED'
  | 'APPEAL_DECIDED'
  | 'APPEAL_FILED'
  | 'APPROVE_AND_SUBMIT'
  | 'APPROVE_ON_APPEAL'
  | 'CORRECT_POINTS'
  | 'DEADLINE_RECOMPUTED'
  | 'DEVELOPMENT_SEED'
  | 'EXPIRED_WAITING'
  | 'FORM_EDITED'
  | 'OFFICER_ASSIGNED'
  | 'OFFICER_CLAIMED'
  | 'ONLINE_REVIEW_FAILED'
  | 'OPENED'
  | 'PERMIT_CANCELLED'
  | 'PERMIT_ENDORSED'
  | 'POINTS_LAPSED'
  | 'POINTS_SUPERSEDED'
  | 'RECORD_PERMIT_CANCELLED'
  | 'REJECT'
  | 'RELEASED_BY_JOB_CHANGE'
  | 'RENEWAL_AT_WINDOW'
  | 'RENEWAL_CONFIRMED_ONLINE'
  | 'RENEWAL_FACTS_CHANGED'
  | 'RENEWAL_FACTS_REQUESTED'
  | 'REOPEN_ON_APPEAL'
  | 'REQUEST_MATERIALS'
  | 'RESCORE'
  | 'RETURN_TO_APPLICANT'
  | 'REVOKE'
  | 'SCORED_ELIGIBLE'
  | 'SCORED_NOT_ELIGIBLE'
  | 'SCORE_CORRECTED'
  | 'SCORING_FAILED'
  | 'SUBMIT_TO_EMPLOYER'
  | 'VERIFICATION_FAILED'
  | 'VERIFICATION_PASSED'
  | 'WITHDRAW';

/** An HR specialist (单位人事专员): becomes an EMPLOYER_HR account */
export type HrSpecialistInput = {
  /** Mainland mobile number; SMS about the registration goes there */
  mobile: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Initial password: 6–18 characters with letters and digits */
  password: Scalars['String']['input'];
  /** Resident ID number (GB 11643); stored encrypted */
  residentId: Scalars['String']['input'];
};

export type LicenceKind =
  | 'HR_SERVICE_LICENCE'
  | 'LABOUR_DISPATCH_LICENCE';

export type LoginResult = {
  __typename?: 'LoginResult';
  /** Send as "Authorization: Bearer <token>" */
  accessToken: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  role: Scalars['String']['output'];
};

export type ManualTaskResult =
  | 'FAILED'
  | 'PASSED';

export type MaritalStatus =
  | 'DIVORCED'
  | 'MARRIED'
  | 'SINGLE'
  | 'WIDOWED';

/** Why a social-insurance month does not count */
export type MonthExclusionReason =
  | 'BACK_PAID'
  | 'BASE_NOT_TAX_BASE'
  | 'NOT_BEFORE_ASSESSMENT_MONTH'
  | 'PAYER_NOT_CONTRACT_EMPLOYER';

export type Mutation = {
  __typename?: 'Mutation';
  /** 受理: issues the receipt number; → ARCHIVE_REVIEW */
  acceptApplication: Application;
  /** Add an HR specialist account to your employer */
  addHrAccount: Account;
  /** Adds a version effective after every existing one; numbers copied from basedOn (default the latest) unless given */
  addRuleSet: RuleSet;
  /** Ask for review of a serious forgery decision */
  appealApplicantForgeryCase: ApplicantForgeryCase;
  /** EMPLOYER_REVIEW → SUBMITTED (等待受理); a renewal is reviewed online */
  approveAndSubmit: Application;
  /** Hand an application to an officer of your district */
  assignApplication: Application;
  /** Change your own password (6–18 characters, letters and digits) */
  changePassword: Scalars['Boolean']['output'];
  /** Take an application to work on */
  claimApplication: Application;
  /** Complete a NEEDS_MANUAL (or manual-only PENDING) task with a result and a note */
  completeVerificationTask: VerificationTask;
  /** 第二十一条: corrects the points of an approval obtained with irregular materials (new total, reason); below the standard score the points are void, with SMS */
  correctPoints: Application;
  /** Open an applicant's account (approved, unsuspended employers only) */
  createApplicantAccount: Account;
  /** Opens a DRAFT (NEW, RENEWAL or CHANGE) */
  createApplication: Application;
  /** Create a staff account (HRSS only) */
  createStaffAccount: Account;
  /** Second HRSS person decides (not the first reviewer) */
  decideAppeal: Appeal;
  /** Decide the review: upheld lifts the ban */
  decideApplicantForgeryAppeal: ApplicantForgeryCase;
  /** 情节严重 or not: serious bans the person from applying for 3 years; otherwise deduction only */
  decideApplicantForgeryCase: ApplicantForgeryCase;
  login: LoginResult;
  /** Enters a year's published holiday schedule (days off and 调休 make-up days) as a new audited revision; running deadlines are recomputed */
  publishCalendarYear: CalendarYear;
  /** The archive arrived (调档) or the check letter came back (核档函) */
  recordArchiveArrival: VerificationTask;
  /** The original degree certificates went back to the applicant */
  recordCertificatesReturned: VerificationCase;
  /** Record a forgery sanction: fine, optional suspension, reason */
  recordEmployerSanction: Employer;
  /** 第二十条: the residence permit was cancelled (注销); the points are void from that day, with SMS */
  recordPermitCancelled: Application;
  /** 签注: the permit was endorsed; opens the renewal window (3 working days on, 60 days long) */
  recordPermitEndorsement: Application;
  registerEmployer: EmployerRegistration;
  /** ARCHIVE_REVIEW → REJECTED with the reason; also SCORING → REJECTED after a failed assessment */
  rejectApplication: Application;
  /** Job change: release an applicant of your employer */
  releaseApplicant: Account;
  /** Job change when the old employer does not release: the centre of that employer's district releases the link on the holder's request (recorded) */
  releaseApplicantAtWindow: Account;
  /** 复核: dispute the score of one indicator, with a reason */
  requestAppeal: Appeal;
  /** 当场告知补齐: → MATERIALS_REQUIRED with the missing items */
  requestMaterials: Application;
  /** 复核: dispute the reason of a rejection decided without a score; upheld, the application is checked again */
  requestRejectionAppeal: Appeal;
  /** SCORING after a failed assessment: the cause is fixed (reason says what), scoring is asked again; the deadline keeps running */
  rescoreApplication: Application;
  /** Send a failed message again as a new message linked to it (never a delivered one) */
  resendMessage: SmsMessage;
  /** Reset an applicant's password at the window (officer of the employer's district) */
  resetApplicantPassword: Account;
  /** Run a failed verification job again from its first attempt */
  retryVerificationJob: FailedVerificationJob;
  /** EMPLOYER_REVIEW → DRAFT, with what to fix */
  returnToApplicant: Application;
  /** First HRSS review: propose a correction of the total (0: none) */
  reviewAppeal: Appeal;
  /** Approve or reject (with a reason) a pending registration */
  reviewEmployerRegistration: Employer;
  /** 撤销 at the window, on the employer's request (recorded) */
  revokeApplication: Application;
  /** Development only: add people’s records to the registry simulator */
  seedRegistryRecords: Scalars['Int']['output'];
  /** Sets one year's average monthly wage in a version's table (a new revision; past decisions keep theirs) */
  setAverageMonthlyWage: RuleSet;
  setDistrictArchiveMode: DistrictArchiveSetting;
  /** DRAFT → EMPLOYER_REVIEW */
  submitToEmployer: Application;
  /** Job change when your points are no longer valid: change the employer code to the new employer yourself (seed 002) */
  switchMyEmployer: Account;
  /** Job change: take over a released applicant by resident ID */
  takeOverApplicant: Account;
  /** Saves sections of the form (DRAFT only) */
  updateApplicationForm: Application;
  /** Change the registered details: goes back to review; a new district moves it to that queue */
  updateEmployerDetails: Employer;
  /** Withdraws it before the employer approved it */
  withdrawApplication: Application;
};


export type MutationAcceptApplicationArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAddHrAccountArgs = {
  input: AddHrAccountInput;
};


export type MutationAddRuleSetArgs = {
  input: AddRuleSetInput;
};


export type MutationAppealApplicantForgeryCaseArgs = {
  input: AppealForgeryCaseInput;
};


export type MutationApproveAndSubmitArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationAssignApplicationArgs = {
  id: Scalars['ID']['input'];
  officerId: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  newPassword: Scalars['String']['input'];
  oldPassword: Scalars['String']['input'];
};


export type MutationClaimApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteVerificationTaskArgs = {
  input: CompleteVerificationTaskInput;
};


export type MutationCorrectPointsArgs = {
  correctedTotal: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationCreateApplicantAccountArgs = {
  input: CreateApplicantAccountInput;
};


export type MutationCreateApplicationArgs = {
  input: CreateApplicationInput;
};


export type MutationCreateStaffAccountArgs = {
  input: CreateStaffAccountInput;
};


export type MutationDecideAppealArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  uphold: Scalars['Boolean']['input'];
  version: Scalars['Int']['input'];
};


export type MutationDecideApplicantForgeryAppealArgs = {
  input: DecideForgeryAppealInput;
};


export type MutationDecideApplicantForgeryCaseArgs = {
  input: DecideForgeryCaseInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationPublishCalendarYearArgs = {
  input: PublishCalendarYearInput;
};


export type MutationRecordArchiveArrivalArgs = {
  input: RecordArchiveArrivalInput;
};


export type MutationRecordCertificatesReturnedArgs = {
  input: RecordCertificatesReturnedInput;
};


export type MutationRecordEmployerSanctionArgs = {
  input: RecordSanctionInput;
};


export type MutationRecordPermitCancelledArgs = {
  cancelledOn: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRecordPermitEndorsementArgs = {
  endorsedOn: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRegisterEmployerArgs = {
  input: RegisterEmployerInput;
};


export type MutationRejectApplicationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReleaseApplicantArgs = {
  input: ReleaseApplicantInput;
};


export type MutationReleaseApplicantAtWindowArgs = {
  input: ReleaseAtWindowInput;
};


export type MutationRequestAppealArgs = {
  input: AppealRequestInput;
};


export type MutationRequestMaterialsArgs = {
  id: Scalars['ID']['input'];
  missing: Array<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


export type MutationRequestRejectionAppealArgs = {
  input: RejectionAppealRequestInput;
};


export type MutationRescoreApplicationArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationResendMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationResetApplicantPasswordArgs = {
  input: ResetApplicantPasswordInput;
};


export type MutationRetryVerificationJobArgs = {
  jobId: Scalars['ID']['input'];
};


export type MutationReturnToApplicantArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReviewAppealArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  proposedDelta: Scalars['Int']['input'];
  version: Scalars['Int']['input'];
};


export type MutationReviewEmployerRegistrationArgs = {
  input: ReviewRegistrationInput;
};


export type MutationRevokeApplicationArgs = {
  employerRequest: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSeedRegistryRecordsArgs = {
  persons: Array<SeedRegistryPersonInput>;
};


export type MutationSetAverageMonthlyWageArgs = {
  input: SetAverageMonthlyWageInput;
};


export type MutationSetDistrictArchiveModeArgs = {
  district: Scalars['String']['input'];
  mode: ArchiveRetrievalMode;
};


export type MutationSubmitToEmployerArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationSwitchMyEmployerArgs = {
  input: SwitchMyEmployerInput;
};


export type MutationTakeOverApplicantArgs = {
  input: TakeOverApplicantInput;
};


export type MutationUpdateApplicationFormArgs = {
  form: ApplicationFormInput;
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationUpdateEmployerDetailsArgs = {
  input: UpdateEmployerDetailsInput;
};


export type MutationWithdrawApplicationArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type OrganisationType =
  | 'ENTERPRISE'
  | 'HR_SERVICE_AGENCY'
  | 'PRIVATE_NON_ENTERPRISE'
  | 'PUBLIC_INSTITUTION'
  | 'SOCIAL_ORGANISATION';

/** Personal data; name, sex and birth date come from the account and the resident ID */
export type PersonalData = {
  __typename?: 'PersonalData';
  /** YYYY-MM-DD, from the resident ID */
  birthDate: Scalars['String']['output'];
  ethnicity?: Maybe<Scalars['String']['output']>;
  /** 户籍地 */
  hukouPlace?: Maybe<Scalars['String']['output']>;
  maritalStatus?: Maybe<MaritalStatus>;
  /** Masked unless unmasked by an entitled caller */
  mobile?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Masked unless asked with unmasked: true by an entitled caller */
  residentId: Scalars['String']['output'];
  sex: Sex;
};

export type PersonalDataInput = {
  ethnicity?: InputMaybe<Scalars['String']['input']>;
  hukouPlace?: InputMaybe<Scalars['String']['input']>;
  maritalStatus?: InputMaybe<MaritalStatus>;
  /** Mainland mobile number; stored encrypted */
  mobile?: InputMaybe<Scalars['String']['input']>;
};

export type PointsNoticeReference = {
  __typename?: 'PointsNoticeReference';
  /** 文号, e.g. 沪人社积〔2026〕000123号: unique, numbered per year of decision */
  documentNo: Scalars['String']['output'];
  /** The verification code (核验码) printed on the notice */
  verificationCode: Scalars['String']['output'];
  /** The public check page the notice's QR code opens */
  verifyUrl: Scalars['String']['output'];
};

export type PointsNoticeVerification = {
  __typename?: 'PointsNoticeVerification';
  district?: Maybe<Scalars['String']['output']>;
  /** The district in Chinese, e.g. 徐汇区 */
  districtName?: Maybe<Scalars['String']['output']>;
  /** The document number (文号) printed on the notice */
  documentNo?: Maybe<Scalars['String']['output']>;
  holderName?: Maybe<Scalars['String']['output']>;
  valid: Scalars['Boolean']['output'];
  validUntil?: Maybe<Scalars['String']['output']>;
};

/** Why a verified profile could not be scored */
export type ProfileProblem = {
  __typename?: 'ProfileProblem';
  /** e.g. profile.socialInsurance[1].to */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  rule: Scalars['String']['output'];
};

/** A year's schedule from the State Council notice (the whole year: it replaces the last entry) */
export type PublishCalendarYearInput = {
  /** The notice, e.g. 国办发明电〔2026〕7号 */
  documentRef: Scalars['String']['input'];
  /** The revision the entry is based on (null for a year never entered); another is a CONFLICT */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  holidays: Array<CalendarDayInput>;
  /** Why it is entered or changed */
  reason: Scalars['String']['input'];
  /** Make-up working days (调休上班): Saturdays or Sundays */
  workdays: Array<CalendarDayInput>;
  year: Scalars['Int']['input'];
};

/** A professional title or skill level (职称/职业资格) */
export type QualificationEntry = {
  __typename?: 'QualificationEntry';
  certificateNo: Scalars['String']['output'];
  /** YYYY-MM-DD */
  issuedOn: Scalars['String']['output'];
  level: ClaimedQualificationLevel;
  matchesPosition: Scalars['Boolean']['output'];
  /** Kind, e.g. 工程师 */
  name: Scalars['String']['output'];
};

export type QualificationEntryInput = {
  certificateNo: Scalars['String']['input'];
  /** YYYY-MM-DD */
  issuedOn: Scalars['String']['input'];
  level: ClaimedQualificationLevel;
  matchesPosition: Scalars['Boolean']['input'];
  /** Kind, e.g. 工程师 */
  name: Scalars['String']['input'];
};

/** 专业技术职称和技能等级 */
export type QualificationLevel =
  | 'MID_TITLE'
  | 'NONE'
  | 'SENIOR_TITLE'
  | 'SKILL_1'
  | 'SKILL_2'
  | 'SKILL_3'
  | 'SKILL_4'
  | 'SKILL_5';

export type Query = {
  __typename?: 'Query';
  /** An account within your scope (yourself, your employer, your district) */
  account?: Maybe<Account>;
  /** HRSS: appeals (open ones by default) of every district or one, oldest request first */
  appealList?: Maybe<AppealPage>;
  /** Applicant accounts within your scope, newest first */
  applicantAccounts?: Maybe<AccountConnection>;
  /** Forgery cases on applicants (第二十二条) in your scope, open ones first */
  applicantForgeryCases: Array<ApplicantForgeryCase>;
  application?: Maybe<Application>;
  /** The application form (PDF), once the employer approved it */
  applicationFormPdf?: Maybe<GeneratedFile>;
  /** Applications of a resident ID (blind-index look-up), within your scope */
  applicationsByResidentId?: Maybe<Array<Application>>;
  /** A scoring decision, within the caller's district, employer or self */
  assessment?: Maybe<Assessment>;
  /** An application's scoring decisions the caller may see, newest first */
  assessmentsOfApplication?: Maybe<Array<Assessment>>;
  /** A year of the working-day calendar: where its days off come from, HRSS's entries, the law's days */
  calendarYear: CalendarYear;
  /** Archive retrieval mode per district (staff: their own) */
  districtArchiveSettings?: Maybe<Array<DistrictArchiveSetting>>;
  /** The centre officers of your district (a supervisor's choice when assigning work), by login name */
  districtOfficers?: Maybe<Array<Account>>;
  districts?: Maybe<Array<District>>;
  /** An employer, within the caller's district or employer */
  employer?: Maybe<Employer>;
  /** ARCHIVE_REVIEW or SCORING past its deadline, escalated to the supervisor; most overdue first */
  escalatedApplications: Array<Application>;
  /** Messages that ended in a failure state, newest first */
  failedMessages?: Maybe<SmsMessagePage>;
  /** Verification jobs that used up their attempts */
  failedVerificationJobs?: Maybe<Array<FailedVerificationJob>>;
  /** The logged-in account */
  me?: Maybe<Account>;
  /** SMS messages the caller may see (own / employer's / district's / all), newest first */
  messages?: Maybe<SmsMessagePage>;
  /** The applicant's own applications, or HR's employer's; newest first */
  myApplications?: Maybe<Array<Application>>;
  /** 积分通知书 (PDF): holder, co-residents, validity, verification code; no score */
  pointsNotice?: Maybe<GeneratedFile>;
  /** Pending registrations, oldest first (keyset pagination): centre staff see their district, HRSS every district */
  registrationReviewQueue?: Maybe<EmployerConnection>;
  /** Recomputes a decision from its stored input and the exact rule-set revision it used */
  reproduceAssessment?: Maybe<ScoreResult>;
  /** Your district's applications, earliest deadline (overdue) first; HRSS: every district, or filter.district */
  reviewQueue?: Maybe<ReviewQueuePage>;
  /** Your district's applications per state; HRSS: every district's, or one district's */
  reviewQueueCounts?: Maybe<Array<StateCount>>;
  /** One version of the indicator system */
  ruleSet?: Maybe<RuleSet>;
  /** Audit trail of rule-set changes, newest first */
  ruleSetChanges?: Maybe<RuleSetChangePage>;
  /** Every version of the indicator system, newest first */
  ruleSets?: Maybe<Array<RuleSet>>;
  /** Employers of your district with forgery cases or sanctions, those with a case pending decision first (HRSS: every district, or `district`) */
  sanctionedEmployers?: Maybe<Array<Employer>>;
  /** Scoring requests whose verified profile could not be scored, newest first */
  scoringRequestFailures?: Maybe<ScoringRequestFailurePage>;
  /** Scores a profile with the rule set in force on its assessment date; decides nothing, stores nothing */
  simulateScore: ScoreResult;
  /** Every SMS template version */
  smsTemplates?: Maybe<Array<SmsTemplate>>;
  /** HRSS: the whole city, or one district; a supervisor: their own district. Whole ISO weeks from `from`'s to `to`'s (default: the last 12 weeks up to today) */
  statistics?: Maybe<Statistics>;
  verificationCase?: Maybe<VerificationCase>;
  /** The verification case of an accepted application */
  verificationCaseOfApplication?: Maybe<VerificationCase>;
  verificationTask?: Maybe<VerificationTask>;
  /** The verification tasks you may work on, oldest first */
  verificationTasks?: Maybe<VerificationTaskPage>;
  /** Checks a points notice's verification code */
  verifyPointsNotice?: Maybe<PointsNoticeVerification>;
};


export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAppealListArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AppealFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryApplicantAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryApplicantForgeryCasesArgs = {
  district?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ForgeryCaseStatus>;
};


export type QueryApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryApplicationFormPdfArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryApplicationsByResidentIdArgs = {
  residentId: Scalars['String']['input'];
};


export type QueryAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAssessmentsOfApplicationArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryCalendarYearArgs = {
  year: Scalars['Int']['input'];
};


export type QueryEmployerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFailedMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryFailedVerificationJobsArgs = {
  first?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<SmsMessageStatus>;
};


export type QueryPointsNoticeArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryRegistrationReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReproduceAssessmentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReviewQueueFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryReviewQueueCountsArgs = {
  district?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRuleSetArgs = {
  version: Scalars['String']['input'];
};


export type QueryRuleSetChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  version?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySanctionedEmployersArgs = {
  district?: InputMaybe<Scalars['String']['input']>;
};


export type QueryScoringRequestFailuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QuerySimulateScoreArgs = {
  profile: ScoreProfileInput;
};


export type QueryStatisticsArgs = {
  district?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type QueryVerificationCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVerificationCaseOfApplicationArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryVerificationTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVerificationTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VerificationTaskFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryVerifyPointsNoticeArgs = {
  code: Scalars['String']['input'];
};

export type ReasonCount = {
  __typename?: 'ReasonCount';
  count: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type RecordArchiveArrivalInput = {
  note: Scalars['String']['input'];
  /** YYYY-MM-DD: the day the archive arrived (调档) or the letter came back (核档函) */
  receivedOn: Scalars['String']['input'];
  /** FAILED: the archive does not check out */
  result?: ManualTaskResult;
  taskId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};

export type RecordCertificatesReturnedInput = {
  caseId: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
  /** YYYY-MM-DD: the day the original certificates went back to the applicant */
  returnedOn: Scalars['String']['input'];
  /** The case version you read; a stale one is a CONFLICT */
  version: Scalars['Int']['input'];
};

/** A forgery sanction (domain.md §1.5): a fine and, in serious cases, a suspension */
export type RecordSanctionInput = {
  employerId: Scalars['ID']['input'];
  /** Fine in CNY: 30,000 to 50,000 */
  fineCny: Scalars['Int']['input'];
  /** The pending forgery case this decides, if any */
  forgeryCaseId?: InputMaybe<Scalars['ID']['input']>;
  reason: Scalars['String']['input'];
  /** May not act as agent up to and including this date (YYYY-MM-DD), at most 3 years ahead */
  suspendedUntil?: InputMaybe<Scalars['String']['input']>;
};

/** Employer self-registration (单位注册) */
export type RegisterEmployerInput = {
  address: Scalars['String']['input'];
  /** Unified social credit code (GB 32100) */
  creditCode: Scalars['String']['input'];
  /** District code of the registration place, e.g. XUHUI (see `districts`) */
  district: Scalars['String']['input'];
  /** Out-of-town representative offices and out-of-town branches may not register */
  establishment: EstablishmentKind;
  hrSpecialists: Array<HrSpecialistInput>;
  /** 法定代表人 */
  legalRepresentative: Scalars['String']['input'];
  /** Required for HR_SERVICE_AGENCY */
  licenceKind?: InputMaybe<LicenceKind>;
  /** Required for HR_SERVICE_AGENCY */
  licenceNumber?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  organisationType: OrganisationType;
  /** 社会保险登记号 */
  socialInsuranceNo: Scalars['String']['input'];
};

export type RejectionAppealRequestInput = {
  applicationId: Scalars['ID']['input'];
  /** Why the rejection is wrong (e.g. the diploma is in the registry under another name) */
  reason: Scalars['String']['input'];
};

export type ReleaseApplicantInput = {
  accountId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Job change when the old employer does not release: the centre releases at the window on the holder's request */
export type ReleaseAtWindowInput = {
  accountId: Scalars['ID']['input'];
  /** The departure certificate (离职证明) the holder showed: its number or date */
  departureCertificate: Scalars['String']['input'];
};

/** Where today lies in the renewal window: before it opens, in it, after it closed */
export type RenewalWindowPosition =
  | 'CLOSED'
  | 'OPEN'
  | 'TOO_EARLY';

export type RenewalWindowView = {
  __typename?: 'RenewalWindowView';
  /** Last day: 60 days after the endorsement; after it the points lapse */
  closesOn: Scalars['String']['output'];
  /** The endorsement (签注) day, YYYY-MM-DD */
  endorsedOn: Scalars['String']['output'];
  /** First day a renewal may be filed: 3 working days after the endorsement */
  opensOn: Scalars['String']['output'];
  position: RenewalWindowPosition;
  /** The opening day lies where the holiday calendar is not settled yet */
  provisional: Scalars['Boolean']['output'];
};

export type ResetApplicantPasswordInput = {
  accountId: Scalars['ID']['input'];
  /** The new password the applicant chose at the window */
  newPassword: Scalars['String']['input'];
};

/** 居住证 */
export type ResidencePermit = {
  __typename?: 'ResidencePermit';
  address: Scalars['String']['output'];
  number: Scalars['String']['output'];
  /** YYYY-MM-DD */
  validFrom: Scalars['String']['output'];
  /** YYYY-MM-DD; the points are valid until this day */
  validTo: Scalars['String']['output'];
};

export type ResidencePermitInput = {
  address: Scalars['String']['input'];
  number: Scalars['String']['input'];
  /** YYYY-MM-DD */
  validFrom: Scalars['String']['input'];
  /** YYYY-MM-DD; the points are valid until this day */
  validTo: Scalars['String']['input'];
};

export type ReviewDecision =
  | 'APPROVED'
  | 'REJECTED';

export type ReviewQueueFilter = {
  /** Assigned to this officer (account id) */
  assignedOfficer?: InputMaybe<Scalars['String']['input']>;
  /** HRSS: one district's queue (e.g. XUHUI). Centre staff always see their own district */
  district?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<ApplicationKind>;
  /** true: only overdue; false: only not overdue */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default: the states the centre works on (SUBMITTED, MATERIALS_REQUIRED, ARCHIVE_REVIEW, SCORING) */
  states?: InputMaybe<Array<ApplicationState>>;
  /** Submitted to the centre on or after, YYYY-MM-DD */
  submittedFrom?: InputMaybe<Scalars['String']['input']>;
  /** Submitted to the centre on or before, YYYY-MM-DD */
  submittedTo?: InputMaybe<Scalars['String']['input']>;
  /** true: only unassigned */
  unassigned?: InputMaybe<Scalars['Boolean']['input']>;
};

export type ReviewQueuePage = {
  __typename?: 'ReviewQueuePage';
  /** Pass as `after` for the next page */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  /** Earliest deadline first (overdue ones first), then by id */
  items: Array<Application>;
};

export type ReviewRegistrationInput = {
  decision: ReviewDecision;
  employerId: Scalars['ID']['input'];
  /** The version you reviewed; a change since is a CONFLICT */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Required when rejecting */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A version of the indicator system; every decision records the version it used */
export type RuleSet = {
  __typename?: 'RuleSet';
  /** The average wage table, by year */
  averageMonthlyWage: Array<AverageMonthlyWage>;
  createdAt: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  /** First assessment date (YYYY-MM-DD) this version applies to */
  effectiveFrom: Scalars['Date']['output'];
  /** Every number of this version (the engine's RuleSet JSON, average wage table included) */
  parameters: Scalars['RuleSetParameters']['output'];
  /** SHA-256 of the canonical JSON of the parameters at this revision */
  parametersSha256: Scalars['String']['output'];
  /** Bumped by every edit (e.g. an average wage set); decisions store it */
  revision: Scalars['Int']['output'];
  /** 标准分值 */
  standard: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** e.g. SH-2017 */
  version: Scalars['String']['output'];
};

/** One audited change to a rule set */
export type RuleSetChange = {
  __typename?: 'RuleSetChange';
  after: Scalars['JSON']['output'];
  before?: Maybe<Scalars['JSON']['output']>;
  changedAt: Scalars['DateTime']['output'];
  /** The account (JWT subject) that made the change */
  changedBy: Scalars['String']['output'];
  changedByRole: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: RuleSetChangeKind;
  /** The revision this change produced */
  revision: Scalars['Int']['output'];
  ruleSetVersion: Scalars['String']['output'];
  /** What changed, in Chinese and English */
  summary: Scalars['String']['output'];
};

export type RuleSetChangeKind =
  | 'AVERAGE_WAGE_SET'
  | 'CREATED'
  | 'PARAMETERS_ADDED'
  | 'SEEDED';

/** A page of rule-set changes, newest first */
export type RuleSetChangePage = {
  __typename?: 'RuleSetChangePage';
  /** Pass as `after` for the next page; null at the end */
  nextCursor?: Maybe<Scalars['String']['output']>;
  nodes: Array<RuleSetChange>;
};

export type SanctionStatus =
  | 'DECIDED'
  | 'PENDING_DECISION';

/** 积分指标 */
export type ScoreIndicator =
  | 'ADMINISTRATIVE_DETENTION'
  | 'AGE'
  | 'AWARD'
  | 'CRIMINAL_RECORD'
  | 'EDUCATION'
  | 'ENTREPRENEUR'
  | 'FALSE_MATERIALS'
  | 'FRESH_GRADUATE'
  | 'INNOVATION_INTERMEDIARY'
  | 'INVESTMENT_TAX'
  | 'LOCAL_EMPLOYMENT'
  | 'PUBLIC_SERVICE'
  | 'QUALIFICATION'
  | 'REMOTE_SUBURB'
  | 'SHORTAGE_MAJOR'
  | 'SOCIAL_INSURANCE_BASE'
  | 'SOCIAL_INSURANCE_YEARS'
  | 'SPOUSE_HUKOU'
  | 'VETO';

export type ScoreItem = {
  __typename?: 'ScoreItem';
  /** stable machine reason, e.g. QUALIFICATION_BASE_CONDITION_NOT_MET */
  code: Scalars['String']['output'];
  /** false for the lower of an either-or pair, or a rule that isn't met yet */
  counted: Scalars['Boolean']['output'];
  /** decisions only: what the counted facts rest on, when the verified profile says (null in a simulation) */
  evidence?: Maybe<Array<Evidence>>;
  indicator: ScoreIndicator;
  /** why, in Chinese with the English in brackets */
  note?: Maybe<Scalars['String']['output']>;
  /** signed: deductions are negative */
  points: Scalars['Int']['output'];
};

export type ScoreProfile = {
  __typename?: 'ScoreProfile';
  administrativeDetentionDates: Array<Scalars['Date']['output']>;
  assessmentDate: Scalars['Date']['output'];
  averageAnnualLocalHires: Scalars['Float']['output'];
  averageAnnualTaxCny: Scalars['Float']['output'];
  awards: Array<AwardLevel>;
  birthDate: Scalars['Date']['output'];
  criminalRecordDates: Array<Scalars['Date']['output']>;
  education: EducationLevel;
  employerKind?: Maybe<EstablishmentKind>;
  employmentEndDate?: Maybe<Scalars['Date']['output']>;
  employmentStartDate?: Maybe<Scalars['Date']['output']>;
  entrepreneur: Scalars['Boolean']['output'];
  falseMaterialDates: Array<Scalars['Date']['output']>;
  familyPlanningViolation: Scalars['Boolean']['output'];
  freshGraduate: Scalars['Boolean']['output'];
  innovationIntermediary: Scalars['Boolean']['output'];
  publicServiceYears: Scalars['Int']['output'];
  qualification: QualificationLevel;
  qualificationMatchesPosition: Scalars['Boolean']['output'];
  remoteSuburbYears: Scalars['Int']['output'];
  residencePermitIssuedOn?: Maybe<Scalars['Date']['output']>;
  residencePermitValidUntil?: Maybe<Scalars['Date']['output']>;
  seriousCriminalRecord: Scalars['Boolean']['output'];
  shortageMajor: Scalars['Boolean']['output'];
  socialInsurance: Array<ContributionPeriod>;
  spouseHukouMarriageDate?: Maybe<Scalars['Date']['output']>;
};

/** The facts an assessment is made on */
export type ScoreProfileInput = {
  administrativeDetentionDates?: InputMaybe<Array<Scalars['Date']['input']>>;
  assessmentDate: Scalars['Date']['input'];
  averageAnnualLocalHires?: InputMaybe<Scalars['Float']['input']>;
  averageAnnualTaxCny?: InputMaybe<Scalars['Float']['input']>;
  awards?: InputMaybe<Array<AwardLevel>>;
  birthDate: Scalars['Date']['input'];
  criminalRecordDates?: InputMaybe<Array<Scalars['Date']['input']>>;
  education?: InputMaybe<EducationLevel>;
  /** the labour-contract employer’s kind; null: not shown */
  employerKind?: InputMaybe<EstablishmentKind>;
  /** last day of that contract; null while it lasts */
  employmentEndDate?: InputMaybe<Scalars['Date']['input']>;
  /** first day of the labour (聘用) contract with the filing employer; null: not shown */
  employmentStartDate?: InputMaybe<Scalars['Date']['input']>;
  entrepreneur?: InputMaybe<Scalars['Boolean']['input']>;
  falseMaterialDates?: InputMaybe<Array<Scalars['Date']['input']>>;
  familyPlanningViolation?: InputMaybe<Scalars['Boolean']['input']>;
  freshGraduate?: InputMaybe<Scalars['Boolean']['input']>;
  innovationIntermediary?: InputMaybe<Scalars['Boolean']['input']>;
  publicServiceYears?: InputMaybe<Scalars['Int']['input']>;
  qualification?: InputMaybe<QualificationLevel>;
  qualificationMatchesPosition?: InputMaybe<Scalars['Boolean']['input']>;
  remoteSuburbYears?: InputMaybe<Scalars['Int']['input']>;
  /** 《上海市居住证》 valid from */
  residencePermitIssuedOn?: InputMaybe<Scalars['Date']['input']>;
  /** 《上海市居住证》 valid until (inclusive); null: no permit shown, so canApply is false */
  residencePermitValidUntil?: InputMaybe<Scalars['Date']['input']>;
  seriousCriminalRecord?: InputMaybe<Scalars['Boolean']['input']>;
  shortageMajor?: InputMaybe<Scalars['Boolean']['input']>;
  socialInsurance?: InputMaybe<Array<ContributionPeriodInput>>;
  /** null: spouse has no Shanghai hukou */
  spouseHukouMarriageDate?: InputMaybe<Scalars['Date']['input']>;
};

export type ScoreResult = {
  __typename?: 'ScoreResult';
  /** May the holder apply at all (第二条, 第十三条: valid residence permit, 6 months of Shanghai employee social insurance, employed in the application month, employer not an out-of-town branch or office)? Independent of eligible; a decision approves only when both hold */
  canApply: Scalars['Boolean']['output'];
  eligible: Scalars['Boolean']['output'];
  /** social-insurance months that do not count, by month */
  excludedMonths: Array<ExcludedMonth>;
  /** one per indicator that applies or was claimed */
  items: Array<ScoreItem>;
  ruleSetVersion: Scalars['String']['output'];
  /** 120 */
  standard: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  /** the conditions that do not hold; empty when canApply */
  unmetConditions: Array<UnmetCondition>;
  vetoed: Scalars['Boolean']['output'];
};

/** A scoring request that could not be assessed, with the problems found */
export type ScoringRequestFailure = {
  __typename?: 'ScoringRequestFailure';
  applicationId: Scalars['ID']['output'];
  assessmentDate: Scalars['Date']['output'];
  district: Scalars['String']['output'];
  failedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: AssessmentKind;
  problems: Array<ProfileProblem>;
  requestEventId: Scalars['ID']['output'];
};

/** A page of scoring-request failures, newest first */
export type ScoringRequestFailurePage = {
  __typename?: 'ScoringRequestFailurePage';
  nextCursor?: Maybe<Scalars['String']['output']>;
  nodes: Array<ScoringRequestFailure>;
};

export type SeedArchiveHoldingInput = {
  /** The holder answers requests online at once (else by post) */
  answersOnline: Scalars['Boolean']['input'];
  holder: Scalars['String']['input'];
};

export type SeedCivilRecordInput = {
  averageAnnualLocalHires?: InputMaybe<Scalars['Float']['input']>;
  averageAnnualTaxCny?: InputMaybe<Scalars['Float']['input']>;
  awardLevel?: InputMaybe<Scalars['String']['input']>;
  /** CHILD: the child (date = birth date) */
  childName?: InputMaybe<Scalars['String']['input']>;
  date: Scalars['String']['input'];
  /** CHILD: enrolled full-time at a high school (学籍) */
  fullTimeHighSchool?: InputMaybe<Scalars['Boolean']['input']>;
  /** HUKOU MARRIAGE CHILD AWARD INVESTMENT CRIMINAL DETENTION FAMILY_PLANNING FALSE_MATERIAL */
  kind: Scalars['String']['input'];
  serious?: InputMaybe<Scalars['Boolean']['input']>;
  /** MARRIAGE: the spouse on the marriage record */
  spouseName?: InputMaybe<Scalars['String']['input']>;
  spouseShanghaiHukou?: InputMaybe<Scalars['Boolean']['input']>;
};

export type SeedEducationRecordInput = {
  certificateNo?: InputMaybe<Scalars['String']['input']>;
  fullTime?: Scalars['Boolean']['input'];
  graduationDate: Scalars['String']['input'];
  /** EducationLevel name, e.g. BACHELOR_WITH_DEGREE */
  level: Scalars['String']['input'];
  major?: InputMaybe<Scalars['String']['input']>;
  school: Scalars['String']['input'];
};

export type SeedQualificationRecordInput = {
  certificateNo?: InputMaybe<Scalars['String']['input']>;
  issuedOn: Scalars['String']['input'];
  /** QualificationLevel name, e.g. MID_TITLE */
  level: Scalars['String']['input'];
  matchesPosition?: Scalars['Boolean']['input'];
};

/** One person's records in the registry simulator */
export type SeedRegistryPersonInput = {
  archiveHolding?: InputMaybe<SeedArchiveHoldingInput>;
  civilRecords?: InputMaybe<Array<SeedCivilRecordInput>>;
  education?: InputMaybe<Array<SeedEducationRecordInput>>;
  qualifications?: InputMaybe<Array<SeedQualificationRecordInput>>;
  residencePermit?: InputMaybe<SeedResidencePermitInput>;
  residentId: Scalars['String']['input'];
  socialInsurance?: InputMaybe<Array<SeedSocialInsuranceRunInput>>;
  tax?: InputMaybe<Array<SeedTaxRunInput>>;
};

/** The residence permit as the residence registry holds it (居住证) */
export type SeedResidencePermitInput = {
  /** 注销: cancelled on this day */
  cancelledOn?: InputMaybe<Scalars['String']['input']>;
  /** The latest endorsement (签注) */
  endorsedOn?: InputMaybe<Scalars['String']['input']>;
  issuedOn: Scalars['String']['input'];
  number: Scalars['String']['input'];
  /** The expiry the registry holds */
  validUntil: Scalars['String']['input'];
};

/** A run of social-insurance months (YYYY-MM, both inclusive) */
export type SeedSocialInsuranceRunInput = {
  backPaid?: Scalars['Boolean']['input'];
  base: Scalars['Float']['input'];
  from: Scalars['String']['input'];
  payerCreditCode: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

/** A run of income-tax months (YYYY-MM, both inclusive) */
export type SeedTaxRunInput = {
  from: Scalars['String']['input'];
  payerCreditCode: Scalars['String']['input'];
  taxBase: Scalars['Float']['input'];
  to: Scalars['String']['input'];
};

/** Set one year's average monthly wage in a version's table */
export type SetAverageMonthlyWageInput = {
  /** The revision the edit is based on; a different current revision is a CONFLICT */
  expectedRevision?: InputMaybe<Scalars['Int']['input']>;
  /** Monthly CNY, > 0 */
  monthlyCny: Scalars['Float']['input'];
  version: Scalars['String']['input'];
  /** Calendar year Y; months of year Y+1 are compared with it */
  year: Scalars['Int']['input'];
};

export type Sex =
  | 'FEMALE'
  | 'MALE';

/** 模拟估分 of the claims, as the engine scores them today; never the decision */
export type SimulatedScore = {
  __typename?: 'SimulatedScore';
  eligible: Scalars['Boolean']['output'];
  items: Array<SimulatedScoreItem>;
  /** Why the claims cannot be scored yet (missing or invalid parts) */
  problems: Array<Scalars['String']['output']>;
  ruleSetVersion: Scalars['String']['output'];
  standard: Scalars['Int']['output'];
  total?: Maybe<Scalars['Int']['output']>;
};

export type SimulatedScoreItem = {
  __typename?: 'SimulatedScoreItem';
  counted: Scalars['Boolean']['output'];
  indicator: Scalars['String']['output'];
  note: Scalars['String']['output'];
  points: Scalars['Int']['output'];
};

/** One SMS to one recipient; the mobile is always masked */
export type SmsMessage = {
  __typename?: 'SmsMessage';
  /** Provider attempts so far */
  attempts: Scalars['Int']['output'];
  body: Scalars['String']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The event that caused it */
  eventType: Scalars['String']['output'];
  failureReason?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** e.g. 138****5678 */
  mobile: Scalars['String']['output'];
  provider?: Maybe<Scalars['String']['output']>;
  recipientRole: SmsRecipientRole;
  /** The failed message this one resends */
  resendOf?: Maybe<Scalars['ID']['output']>;
  /** Billed SMS parts (70 UCS-2 units in one, 67 per part beyond) */
  segments: Scalars['Int']['output'];
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  status: SmsMessageStatus;
  templateCode: SmsTemplateCode;
  templateVersion: Scalars['Int']['output'];
};

/** A page of messages, newest first (keyset) */
export type SmsMessagePage = {
  __typename?: 'SmsMessagePage';
  /** Pass as `after` for the next page */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<SmsMessage>;
};

export type SmsMessageStatus =
  | 'CREATED'
  | 'DELIVERED'
  | 'PERMANENT_FAILURE'
  | 'SENDING'
  | 'TECHNICAL_FAILURE'
  | 'TEMPORARY_FAILURE';

export type SmsRecipientRole =
  | 'APPLICANT'
  | 'EMPLOYER_HR';

/** SMS messages created in the scope’s days, by outcome */
export type SmsStatistics = {
  __typename?: 'SmsStatistics';
  delivered: Scalars['Int']['output'];
  /** Ended in a failure (permanent, temporary or technical) */
  failed: Scalars['Int']['output'];
  /** Not final yet (waiting or awaiting the receipt) */
  pending: Scalars['Int']['output'];
};

/** A versioned SMS template */
export type SmsTemplate = {
  __typename?: 'SmsTemplate';
  /** The version new messages are rendered from (one per code) */
  active: Scalars['Boolean']['output'];
  /** Text with {variables}, signature prefix included */
  body: Scalars['String']['output'];
  /** e.g. APPLICATION_APPROVED */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type SmsTemplateCode =
  | 'APPLICATION_ACCEPTED'
  | 'APPLICATION_APPROVED'
  | 'APPLICATION_EXPIRED'
  | 'APPLICATION_MATERIALS_REQUIRED'
  | 'APPLICATION_REJECTED'
  | 'EMPLOYER_REGISTRATION_APPROVED'
  | 'EMPLOYER_REGISTRATION_REJECTED'
  | 'PASSWORD_RESET'
  | 'POINTS_VOIDED_CORRECTED'
  | 'POINTS_VOIDED_PERMIT_CANCELLED'
  | 'RENEWAL_DUE'
  | 'RENEWAL_WINDOW_CLOSING';

export type StateCount = {
  __typename?: 'StateCount';
  count: Scalars['Int']['output'];
  state: ApplicationState;
};

/** Statistics of one district or the whole city over whole ISO weeks */
export type Statistics = {
  __typename?: 'Statistics';
  approved: Scalars['Int']['output'];
  /** Applications per district and state, now */
  byDistrictAndState: Array<DistrictStateCount>;
  /** Decisions of accepted applications the median is taken over */
  decisionsMeasured: Scalars['Int']['output'];
  /** null: the whole city */
  district?: Maybe<Scalars['String']['output']>;
  /** Monday of the first week counted */
  from: Scalars['String']['output'];
  /** Median working days (Chinese calendar) from acceptance to decision of the decisions in these weeks; null if none */
  medianWorkingDaysToDecision?: Maybe<Scalars['Float']['output']>;
  /** Applications with the centre past their working-day deadline, per district, zeros included */
  overdue: Array<DistrictCount>;
  rejected: Scalars['Int']['output'];
  /** Rejections by reason, most frequent first */
  rejectedByReason: Array<ReasonCount>;
  /** district (or CITY), first and last day: the key other subgraphs resolve by */
  scope: Scalars['String']['output'];
  /** SMS delivered and failed, same district and days (null when the notification service is away) */
  sms?: Maybe<SmsStatistics>;
  /** Sunday of the last week counted */
  to: Scalars['String']['output'];
  /** The day overdue is counted on (Shanghai) */
  today: Scalars['String']['output'];
  /** Every week from `from` to `to`, zeros included */
  weeks: Array<WeekStatistics>;
};

/** Job change when the holder's points are no longer valid: he changes the employer code himself */
export type SwitchMyEmployerInput = {
  /** The new employer's unified social credit code (统一社会信用代码) */
  creditCode: Scalars['String']['input'];
};

/** Job change: take over the account of an applicant their previous employer released */
export type TakeOverApplicantInput = {
  /** The applicant's resident ID number */
  residentId: Scalars['String']['input'];
};

/** A condition for applying (第二条, 第十三条) that does not hold */
export type UnmetCondition = {
  __typename?: 'UnmetCondition';
  /** stable machine reason, e.g. SOCIAL_INSURANCE_TOO_FEW_MONTHS */
  code: Scalars['String']['output'];
  condition: ApplyCondition;
  /** why, in Chinese with the English in brackets */
  note: Scalars['String']['output'];
};

export type UpdateEmployerDetailsInput = {
  address: Scalars['String']['input'];
  /** District code of the registration place, e.g. XUHUI (see `districts`) */
  district: Scalars['String']['input'];
  employerId: Scalars['ID']['input'];
  /** The version you read: a change made meanwhile is a CONFLICT */
  expectedVersion: Scalars['Int']['input'];
  /** 法定代表人 */
  legalRepresentative: Scalars['String']['input'];
  /** Required for HR_SERVICE_AGENCY */
  licenceKind?: InputMaybe<LicenceKind>;
  /** Required for HR_SERVICE_AGENCY */
  licenceNumber?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  organisationType: OrganisationType;
  /** 社会保险登记号 */
  socialInsuranceNo: Scalars['String']['input'];
};

/** The verifications run for one accepted application */
export type VerificationCase = {
  __typename?: 'VerificationCase';
  acceptedOn: Scalars['String']['output'];
  applicantId: Scalars['ID']['output'];
  applicationId: Scalars['ID']['output'];
  /** Who holds the personnel archive */
  archiveHolder: Scalars['String']['output'];
  certificatesReturnNote?: Maybe<Scalars['String']['output']>;
  /** The day the original certificates went back to the applicant */
  certificatesReturnedOn?: Maybe<Scalars['String']['output']>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  createdAt: Scalars['DateTime']['output'];
  district: Scalars['String']['output'];
  employerId: Scalars['ID']['output'];
  findings?: Maybe<Array<VerificationFinding>>;
  id: Scalars['ID']['output'];
  /** NEW, RENEWAL or CHANGE */
  kind: Scalars['String']['output'];
  outcome?: Maybe<VerificationOutcome>;
  purpose: VerificationCasePurpose;
  /** 收件凭证 number (none for an online renewal review: the window issues receipts) */
  receiptNo?: Maybe<Scalars['String']['output']>;
  status: VerificationCaseStatus;
  tasks: VerificationTaskPage;
  /** The verified profile (simulateScore input shape) as JSON, once the case is completed */
  verifiedProfileJson?: Maybe<Scalars['String']['output']>;
};

export type VerificationCasePurpose =
  | 'ACCEPTANCE'
  | 'APPEAL'
  | 'RENEWAL_REVIEW';

export type VerificationCaseStatus =
  | 'COMPLETED'
  | 'OPEN';

/** A finding of the verifications: a code and a sentence */
export type VerificationFinding = {
  __typename?: 'VerificationFinding';
  code: Scalars['String']['output'];
  note: Scalars['String']['output'];
};

export type VerificationOutcome =
  | 'FAILED'
  | 'VERIFIED';

/** One check of a verification case (a BullMQ job, or manual work) */
export type VerificationTask = {
  __typename?: 'VerificationTask';
  /** 调档: the day the archive arrived */
  archiveArrivedOn?: Maybe<Scalars['String']['output']>;
  archiveMode?: Maybe<ArchiveRetrievalMode>;
  attempts: Scalars['Int']['output'];
  /** false: only a person can answer it (e.g. an overseas diploma) */
  automated: Scalars['Boolean']['output'];
  caseId: Scalars['ID']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  completedManually: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  district: Scalars['String']['output'];
  forgedMaterial: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: VerificationTaskKind;
  /** 核档函: the day the letter came back */
  letterReturnedOn?: Maybe<Scalars['String']['output']>;
  /** The note of the person who completed it */
  note?: Maybe<Scalars['String']['output']>;
  /** Why it FAILED or NEEDS_MANUAL */
  reason?: Maybe<Scalars['String']['output']>;
  /** What the person working the task must establish: for a CLAIM_CHECK the claim, who checks it and what must be seen; for a CO_RESIDENT who */
  request?: Maybe<Scalars['String']['output']>;
  /** When the archive request went out */
  requestedAt?: Maybe<Scalars['DateTime']['output']>;
  status: VerificationTaskStatus;
  /** Send it back with a manual completion: a stale one is a CONFLICT */
  version: Scalars['Int']['output'];
};

/** Narrows a task list; every list is already limited to what the caller may see */
export type VerificationTaskFilter = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<VerificationTaskKind>;
  statuses?: InputMaybe<Array<VerificationTaskStatus>>;
};

export type VerificationTaskKind =
  | 'ARCHIVE_RETRIEVAL'
  | 'AWARD'
  | 'CLAIM_CHECK'
  | 'CO_RESIDENT'
  | 'CRIMINAL'
  | 'DETENTION'
  | 'EDUCATION'
  | 'FAMILY_PLANNING'
  | 'HUKOU'
  | 'INVESTMENT'
  | 'MARRIAGE'
  | 'QUALIFICATION'
  | 'RESIDENCE_PERMIT'
  | 'SOCIAL_INSURANCE'
  | 'TAX';

/** A page of tasks, oldest first; pass endCursor as `after` for the next page */
export type VerificationTaskPage = {
  __typename?: 'VerificationTaskPage';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  items: Array<VerificationTask>;
};

export type VerificationTaskStatus =
  | 'FAILED'
  | 'IN_PROGRESS'
  | 'NEEDS_MANUAL'
  | 'PASSED'
  | 'PENDING';

/** One ISO week (Monday to Sunday, Shanghai days) */
export type WeekStatistics = {
  __typename?: 'WeekStatistics';
  approved: Scalars['Int']['output'];
  /** Decided (APPROVED or REJECTED) that week */
  decided: Scalars['Int']['output'];
  /** ISO 8601 week, e.g. 2026-W48 */
  isoWeek: Scalars['String']['output'];
  /** Accepted at a centre (受理, receipt issued) that week */
  received: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  /** The Monday, YYYY-MM-DD */
  week: Scalars['String']['output'];
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'Account', id: string, role: AccountRole, name: string, username?: string | null, employerId?: string | null, district?: string | null } | null };

export type LoginMutationVariables = Exact<{
  username: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'LoginResult', accessToken: string, expiresAt: string, role: string } };

export type RuleSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type RuleSetsQuery = { __typename?: 'Query', ruleSets?: Array<{ __typename?: 'RuleSet', version: string, effectiveFrom: string, description: string, revision: number, standard: number, updatedAt: string, averageMonthlyWage: Array<{ __typename?: 'AverageMonthlyWage', year: number, monthlyCny: number }> }> | null };

export type AddRuleSetMutationVariables = Exact<{
  input: AddRuleSetInput;
}>;


export type AddRuleSetMutation = { __typename?: 'Mutation', addRuleSet: { __typename?: 'RuleSet', version: string, effectiveFrom: string, revision: number } };

export type SetAverageMonthlyWageMutationVariables = Exact<{
  input: SetAverageMonthlyWageInput;
}>;


export type SetAverageMonthlyWageMutation = { __typename?: 'Mutation', setAverageMonthlyWage: { __typename?: 'RuleSet', version: string, revision: number, averageMonthlyWage: Array<{ __typename?: 'AverageMonthlyWage', year: number, monthlyCny: number }> } };

export type FailedMessagesQueryVariables = Exact<{ [key: string]: never; }>;


export type FailedMessagesQuery = { __typename?: 'Query', failedMessages?: { __typename?: 'SmsMessagePage', nodes: Array<{ __typename?: 'SmsMessage', id: string, templateCode: SmsTemplateCode, recipientRole: SmsRecipientRole, mobile: string, status: SmsMessageStatus, failureReason?: string | null, attempts: number, createdAt: string }> } | null };

export type ResendMessageMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResendMessageMutation = { __typename?: 'Mutation', resendMessage: { __typename?: 'SmsMessage', id: string, status: SmsMessageStatus } };

export type FailedVerificationJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type FailedVerificationJobsQuery = { __typename?: 'Query', failedVerificationJobs?: Array<{ __typename?: 'FailedVerificationJob', jobId: string, taskId?: string | null, failedReason: string, attemptsMade: number, failedAt?: string | null }> | null };

export type RetryVerificationJobMutationVariables = Exact<{
  jobId: Scalars['ID']['input'];
}>;


export type RetryVerificationJobMutation = { __typename?: 'Mutation', retryVerificationJob: { __typename?: 'FailedVerificationJob', jobId: string } };

export type CalendarYearQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type CalendarYearQuery = { __typename?: 'Query', calendarYear: { __typename?: 'CalendarYear', year: number, source: CalendarSource, provisional: boolean, current?: { __typename?: 'CalendarYearRevision', revision: number, documentRef: string, holidays: Array<{ __typename?: 'CalendarDay', date: string, name: string }>, workdays: Array<{ __typename?: 'CalendarDay', date: string, name: string }> } | null, revisions: Array<{ __typename?: 'CalendarYearRevision', revision: number, reason: string, documentRef: string, changedBy: string, changedAt: string }>, statutoryDaysOff: Array<{ __typename?: 'CalendarDay', date: string, name: string }> } };

export type PublishCalendarYearMutationVariables = Exact<{
  input: PublishCalendarYearInput;
}>;


export type PublishCalendarYearMutation = { __typename?: 'Mutation', publishCalendarYear: { __typename?: 'CalendarYear', year: number, source: CalendarSource, current?: { __typename?: 'CalendarYearRevision', revision: number } | null } };

export type AppealListQueryVariables = Exact<{
  filter?: InputMaybe<AppealFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AppealListQuery = { __typename?: 'Query', appealList?: { __typename?: 'AppealPage', endCursor?: string | null, hasNextPage: boolean, items: Array<{ __typename?: 'AppealListItem', id: string, applicationId: string, receiptNo?: string | null, district: string, subject: AppealSubject, indicator?: AppealIndicator | null, reason: string, state: AppealState, requestedAt: string, requestedRole: string, currentTotal?: number | null, firstReviewer?: string | null, firstReviewNote?: string | null, proposedDelta?: number | null, decidedBy?: string | null, decisionNote?: string | null, decidedAt?: string | null, version: number }> } | null };

export type ReviewAppealMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  proposedDelta: Scalars['Int']['input'];
  note: Scalars['String']['input'];
}>;


export type ReviewAppealMutation = { __typename?: 'Mutation', reviewAppeal: { __typename?: 'Appeal', id: string, state: AppealState, version: number } };

export type DecideAppealMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  uphold: Scalars['Boolean']['input'];
  note: Scalars['String']['input'];
}>;


export type DecideAppealMutation = { __typename?: 'Mutation', decideAppeal: { __typename?: 'Appeal', id: string, state: AppealState, version: number } };

export type MyApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApplicationsQuery = { __typename?: 'Query', myApplications?: Array<{ __typename?: 'Application', id: string, kind: ApplicationKind, state: ApplicationState, createdAt: string, validUntil?: string | null, receiptNo?: string | null, renewalWindow?: { __typename?: 'RenewalWindowView', endorsedOn: string, opensOn: string, closesOn: string, provisional: boolean, position: RenewalWindowPosition } | null }> | null };

export type ApplicationMovedFragment = { __typename?: 'Application', id: string, version: number, state: ApplicationState };

export type GeneratedFilePartsFragment = { __typename?: 'GeneratedFile', fileName: string, contentType: string, base64: string };

export type ScoreResultPartsFragment = { __typename?: 'ScoreItem', indicator: ScoreIndicator, points: number, counted: boolean, note?: string | null };

export type ExcludedMonthPartsFragment = { __typename?: 'ExcludedMonth', month: string, reasons: Array<MonthExclusionReason>, note: string };

export type SimulatedScorePartsFragment = { __typename?: 'SimulatedScore', total?: number | null, standard: number, eligible: boolean, ruleSetVersion: string, problems: Array<string>, items: Array<{ __typename?: 'SimulatedScoreItem', indicator: string, points: number, counted: boolean, note: string }> };

export type ApplicationDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationDetailQuery = { __typename?: 'Query', application?: { __typename?: 'Application', id: string, kind: ApplicationKind, state: ApplicationState, version: number, applicantId: string, permitEndorsedOn?: string | null, createdAt: string, employerApprovedAt?: string | null, submittedAt?: string | null, receiptNo?: string | null, acceptedOn?: string | null, materialsMissing?: Array<string> | null, totalPoints?: number | null, correctedTotal?: number | null, validUntil?: string | null, decisionReason?: string | null, decidedAt?: string | null, overdue: boolean, renewalWindow?: { __typename?: 'RenewalWindowView', endorsedOn: string, opensOn: string, closesOn: string, provisional: boolean, position: RenewalWindowPosition } | null, archiveDeadline?: { __typename?: 'Deadline', dueOn: string, overdue: boolean, provisional: boolean } | null, scoringDeadline?: { __typename?: 'Deadline', dueOn: string, overdue: boolean, provisional: boolean } | null, history: Array<{ __typename?: 'ApplicationHistoryEntry', fromState?: ApplicationState | null, toState: ApplicationState, role: string, at: string, code?: HistoryCode | null, fields?: Array<string> | null, reason?: string | null }>, notice?: { __typename?: 'PointsNoticeReference', documentNo: string, verificationCode: string, verifyUrl: string } | null, form: { __typename?: 'ApplicationForm', personal: { __typename?: 'PersonalData', name: string, residentId: string, sex: Sex, birthDate: string, ethnicity?: string | null, hukouPlace?: string | null, maritalStatus?: MaritalStatus | null, mobile?: string | null }, residencePermit?: { __typename?: 'ResidencePermit', number: string, validFrom: string, validTo: string, address: string } | null, employment?: { __typename?: 'Employment', position: string, contractStart: string, contractEnd?: string | null } | null, educationHistory: Array<{ __typename?: 'EducationEntry', level: DiplomaLevel, school: string, major?: string | null, graduationDate: string, fullTime: boolean, overseas: boolean, certificateNo?: string | null }>, qualifications: Array<{ __typename?: 'QualificationEntry', level: ClaimedQualificationLevel, name: string, certificateNo: string, issuedOn: string, matchesPosition: boolean }>, socialInsurance: Array<{ __typename?: 'ClaimedContributionPeriod', from: string, to: string, base: number, backPaid: boolean, payerMatchesContract: boolean, baseMatchesTax: boolean }>, bonusClaims?: { __typename?: 'BonusClaims', entrepreneur: boolean, innovationIntermediary: boolean, shortageMajor: boolean, averageAnnualTaxCny: number, averageAnnualLocalHires: number, publicServiceYears: number, remoteSuburbYears: number, freshGraduate: boolean, awards: Array<ClaimedAwardLevel>, spouseHukouMarriageDate?: string | null } | null, coResidents: Array<{ __typename?: 'CoResident', relation: CoResidentRelation, name: string, birthDate: string, highSchoolEnrolmentProof?: string | null }>, archiveLocation?: { __typename?: 'ArchiveLocation', kind: ArchiveHolderKind, holder: string } | null, declarations?: { __typename?: 'Declarations', noFamilyPlanningViolation: boolean, noCriminalRecord: boolean } | null }, simulatedScore: { __typename?: 'SimulatedScore', total?: number | null, standard: number, eligible: boolean, ruleSetVersion: string, problems: Array<string>, items: Array<{ __typename?: 'SimulatedScoreItem', indicator: string, points: number, counted: boolean, note: string }> }, assessment?: { __typename?: 'Assessment', total: number, standard: number, eligible: boolean, vetoed: boolean, ruleSetVersion: string, items: Array<{ __typename?: 'ScoreItem', indicator: ScoreIndicator, points: number, counted: boolean, note?: string | null }>, excludedMonths: Array<{ __typename?: 'ExcludedMonth', month: string, reasons: Array<MonthExclusionReason>, note: string }> } | null, appeals: Array<{ __typename?: 'Appeal', id: string, subject: AppealSubject, indicator?: AppealIndicator | null, reason: string, state: AppealState, requestedAt: string, decisionNote?: string | null }> } | null };

export type SaveApplicationFormMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  form: ApplicationFormInput;
}>;


export type SaveApplicationFormMutation = { __typename?: 'Mutation', updateApplicationForm: { __typename?: 'Application', id: string, version: number, state: ApplicationState, simulatedScore: { __typename?: 'SimulatedScore', total?: number | null, standard: number, eligible: boolean, ruleSetVersion: string, problems: Array<string>, items: Array<{ __typename?: 'SimulatedScoreItem', indicator: string, points: number, counted: boolean, note: string }> } } };

export type SubmitToEmployerMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type SubmitToEmployerMutation = { __typename?: 'Mutation', submitToEmployer: { __typename?: 'Application', id: string, version: number, state: ApplicationState } };

export type ApproveAndSubmitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type ApproveAndSubmitMutation = { __typename?: 'Mutation', approveAndSubmit: { __typename?: 'Application', id: string, version: number, state: ApplicationState } };

export type ReturnToApplicantMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReturnToApplicantMutation = { __typename?: 'Mutation', returnToApplicant: { __typename?: 'Application', id: string, version: number, state: ApplicationState } };

export type CreateApplicationMutationVariables = Exact<{
  input: CreateApplicationInput;
}>;


export type CreateApplicationMutation = { __typename?: 'Mutation', createApplication: { __typename?: 'Application', id: string, version: number, state: ApplicationState, kind: ApplicationKind } };

export type ApplicationFormPdfQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicationFormPdfQuery = { __typename?: 'Query', applicationFormPdf?: { __typename?: 'GeneratedFile', fileName: string, contentType: string, base64: string } | null };

export type PointsNoticeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PointsNoticeQuery = { __typename?: 'Query', pointsNotice?: { __typename?: 'GeneratedFile', fileName: string, contentType: string, base64: string } | null };

export type RequestAppealMutationVariables = Exact<{
  input: AppealRequestInput;
}>;


export type RequestAppealMutation = { __typename?: 'Mutation', requestAppeal: { __typename?: 'Appeal', id: string, state: AppealState } };

export type RequestRejectionAppealMutationVariables = Exact<{
  input: RejectionAppealRequestInput;
}>;


export type RequestRejectionAppealMutation = { __typename?: 'Mutation', requestRejectionAppeal: { __typename?: 'Appeal', id: string, state: AppealState } };

export type RecordPermitEndorsementMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  endorsedOn: Scalars['String']['input'];
}>;


export type RecordPermitEndorsementMutation = { __typename?: 'Mutation', recordPermitEndorsement: { __typename?: 'Application', id: string, version: number, permitEndorsedOn?: string | null } };

export type EmployerOverviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmployerOverviewQuery = { __typename?: 'Query', employer?: { __typename?: 'Employer', id: string, name: string, creditCode: string, district: string, status: EmployerStatus, suspended: boolean, suspendedUntil?: string | null, sanctions: Array<{ __typename?: 'EmployerSanction', id: string, status: SanctionStatus, fineCny?: number | null, suspendedUntil?: string | null, reason: string, decidedAt?: string | null, foundOn?: string | null }>, applications: Array<{ __typename?: 'Application', id: string, kind: ApplicationKind, state: ApplicationState, applicantId: string, createdAt: string, submittedAt?: string | null, receiptNo?: string | null, overdue: boolean, materialsMissing?: Array<string> | null, archiveDeadline?: { __typename?: 'Deadline', dueOn: string, overdue: boolean, provisional: boolean } | null, scoringDeadline?: { __typename?: 'Deadline', dueOn: string, overdue: boolean, provisional: boolean } | null, form: { __typename?: 'ApplicationForm', personal: { __typename?: 'PersonalData', name: string } } }> } | null };

export type ApplicantAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApplicantAccountsQuery = { __typename?: 'Query', applicantAccounts?: { __typename?: 'AccountConnection', nodes: Array<{ __typename?: 'Account', id: string, name: string, residentId?: string | null, mobile?: string | null, permitDate?: string | null, employerId?: string | null, createdAt: string }> } | null };

export type CreateApplicantAccountMutationVariables = Exact<{
  input: CreateApplicantAccountInput;
}>;


export type CreateApplicantAccountMutation = { __typename?: 'Mutation', createApplicantAccount: { __typename?: 'Account', id: string, name: string } };

export type ReleaseApplicantMutationVariables = Exact<{
  input: ReleaseApplicantInput;
}>;


export type ReleaseApplicantMutation = { __typename?: 'Mutation', releaseApplicant: { __typename?: 'Account', id: string, employerId?: string | null } };

export type OfficerApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OfficerApplicationQuery = { __typename?: 'Query', application?: { __typename?: 'Application', id: string, district: string, assignedOfficer?: string | null, scoringStartedOn?: string | null, scoringFailure?: string | null, revocationRequest?: string | null, findings?: Array<{ __typename?: 'ApplicationFinding', code: string, note: string }> | null, employer: { __typename?: 'Employer', id: string, name: string, creditCode: string } } | null };

export type CaseOfApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseOfApplicationQuery = { __typename?: 'Query', verificationCaseOfApplication?: { __typename?: 'VerificationCase', id: string, status: VerificationCaseStatus, outcome?: VerificationOutcome | null, receiptNo?: string | null, acceptedOn: string, archiveHolder: string, completedAt?: string | null, findings?: Array<{ __typename?: 'VerificationFinding', code: string, note: string }> | null, tasks: { __typename?: 'VerificationTaskPage', items: Array<{ __typename?: 'VerificationTask', id: string, caseId: string, district: string, kind: VerificationTaskKind, archiveMode?: ArchiveRetrievalMode | null, automated: boolean, status: VerificationTaskStatus, reason?: string | null, note?: string | null, forgedMaterial: boolean, requestedAt?: string | null, archiveArrivedOn?: string | null, letterReturnedOn?: string | null, completedManually: boolean, completedAt?: string | null, version: number, createdAt: string }> } } | null };

export type AcceptApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type AcceptApplicationMutation = { __typename?: 'Mutation', acceptApplication: { __typename?: 'Application', id: string, version: number, state: ApplicationState, receiptNo?: string | null } };

export type RequestMaterialsMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  missing: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type RequestMaterialsMutation = { __typename?: 'Mutation', requestMaterials: { __typename?: 'Application', id: string, version: number, state: ApplicationState, materialsMissing?: Array<string> | null } };

export type RejectApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectApplicationMutation = { __typename?: 'Mutation', rejectApplication: { __typename?: 'Application', id: string, version: number, state: ApplicationState } };

export type RevokeApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  employerRequest: Scalars['String']['input'];
}>;


export type RevokeApplicationMutation = { __typename?: 'Mutation', revokeApplication: { __typename?: 'Application', id: string, version: number, state: ApplicationState } };

export type ApplicantByResidentIdQueryVariables = Exact<{
  residentId: Scalars['String']['input'];
}>;


export type ApplicantByResidentIdQuery = { __typename?: 'Query', applicationsByResidentId?: Array<{ __typename?: 'Application', id: string, applicantId: string, employer: { __typename?: 'Employer', id: string, name: string } }> | null };

export type ApplicantAccountQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApplicantAccountQuery = { __typename?: 'Query', account?: { __typename?: 'Account', id: string, name: string, residentId?: string | null, mobile?: string | null, district?: string | null } | null };

export type ResetApplicantPasswordMutationVariables = Exact<{
  input: ResetApplicantPasswordInput;
}>;


export type ResetApplicantPasswordMutation = { __typename?: 'Mutation', resetApplicantPassword: { __typename?: 'Account', id: string, name: string } };

export type DistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsQuery = { __typename?: 'Query', districts?: Array<{ __typename?: 'District', code: string, name: string }> | null };

export type RegisterEmployerMutationVariables = Exact<{
  input: RegisterEmployerInput;
}>;


export type RegisterEmployerMutation = { __typename?: 'Mutation', registerEmployer: { __typename?: 'EmployerRegistration', employerId: string, status: EmployerStatus, district: string, hrUsernames: Array<string> } };

export type RegistrationQueueQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RegistrationQueueQuery = { __typename?: 'Query', registrationReviewQueue?: { __typename?: 'EmployerConnection', endCursor?: string | null, hasNextPage: boolean, nodes: Array<{ __typename?: 'Employer', id: string, name: string, creditCode: string, district: string, status: EmployerStatus, organisationType?: OrganisationType | null, establishment?: EstablishmentKind | null, licenceKind?: LicenceKind | null, licenceNumber?: string | null, address?: string | null, legalRepresentative?: string | null, socialInsuranceNo?: string | null, version: number, submittedAt: string, history: Array<{ __typename?: 'EmployerHistoryEntry', id: string, action: string, reason?: string | null, at: string }> }> } | null };

export type ReviewRegistrationMutationVariables = Exact<{
  input: ReviewRegistrationInput;
}>;


export type ReviewRegistrationMutation = { __typename?: 'Mutation', reviewEmployerRegistration: { __typename?: 'Employer', id: string, status: EmployerStatus, version: number } };

export type QueueRowFragment = { __typename?: 'Application', id: string, kind: ApplicationKind, state: ApplicationState, version: number, district: string, receiptNo?: string | null, submittedAt?: string | null, assignedOfficer?: string | null, overdue: boolean, expiresOn?: string | null, archiveDeadline?: { __typename?: 'Deadline', dueOn: string, overdue: boolean, provisional: boolean } | null, scoringDeadline?: { __typename?: 'Deadline', dueOn: string, overdue: boolean, provisional: boolean } | null, employer: { __typename?: 'Employer', id: string, name: string }, form: { __typename?: 'ApplicationForm', personal: { __typename?: 'PersonalData', name: string } } };

export type ReviewQueueQueryVariables = Exact<{
  filter?: InputMaybe<ReviewQueueFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ReviewQueueQuery = { __typename?: 'Query', reviewQueue?: { __typename?: 'ReviewQueuePage', endCursor?: string | null, hasNextPage: boolean, items: Array<{ __typename?: 'Application', id: string, kind: ApplicationKind, state: ApplicationState, version: number, district: string, receiptNo?: string | null, submittedAt?: string | null, assignedOfficer?: string | null, overdue: boolean, expiresOn?: string | null, archiveDeadline?: { __typename?: 'Deadline', dueOn: string, overdue: boolean, provisional: boolean } | null, scoringDeadline?: { __typename?: 'Deadline', dueOn: string, overdue: boolean, provisional: boolean } | null, employer: { __typename?: 'Employer', id: string, name: string }, form: { __typename?: 'ApplicationForm', personal: { __typename?: 'PersonalData', name: string } } }> } | null, reviewQueueCounts?: Array<{ __typename?: 'StateCount', state: ApplicationState, count: number }> | null };

export type ClaimApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ClaimApplicationMutation = { __typename?: 'Mutation', claimApplication: { __typename?: 'Application', id: string, version: number, assignedOfficer?: string | null } };

export type DistrictNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictNamesQuery = { __typename?: 'Query', districts?: Array<{ __typename?: 'District', code: string, name: string }> | null };

export type SimulateScoreQueryVariables = Exact<{
  profile: ScoreProfileInput;
}>;


export type SimulateScoreQuery = { __typename?: 'Query', simulateScore: { __typename?: 'ScoreResult', total: number, standard: number, eligible: boolean, vetoed: boolean, ruleSetVersion: string, items: Array<{ __typename?: 'ScoreItem', indicator: ScoreIndicator, points: number, counted: boolean, note?: string | null }>, excludedMonths: Array<{ __typename?: 'ExcludedMonth', month: string, reasons: Array<MonthExclusionReason>, note: string }> } };

export type StatisticsQueryVariables = Exact<{
  district?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
}>;


export type StatisticsQuery = { __typename?: 'Query', statistics?: { __typename?: 'Statistics', scope: string, district?: string | null, from: string, to: string, today: string, medianWorkingDaysToDecision?: number | null, decisionsMeasured: number, approved: number, rejected: number, byDistrictAndState: Array<{ __typename?: 'DistrictStateCount', district: string, state: ApplicationState, count: number }>, weeks: Array<{ __typename?: 'WeekStatistics', week: string, isoWeek: string, received: number, decided: number, approved: number, rejected: number }>, overdue: Array<{ __typename?: 'DistrictCount', district: string, count: number }>, rejectedByReason: Array<{ __typename?: 'ReasonCount', reason: string, count: number }>, sms?: { __typename?: 'SmsStatistics', delivered: number, failed: number, pending: number } | null } | null, districts?: Array<{ __typename?: 'District', code: string, name: string }> | null };

export type DistrictOfficersQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictOfficersQuery = { __typename?: 'Query', districtOfficers?: Array<{ __typename?: 'Account', id: string, name: string, username?: string | null }> | null };

export type AssignApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  officerId: Scalars['String']['input'];
}>;


export type AssignApplicationMutation = { __typename?: 'Mutation', assignApplication: { __typename?: 'Application', id: string, version: number, assignedOfficer?: string | null } };

export type SanctionedEmployersQueryVariables = Exact<{
  district?: InputMaybe<Scalars['String']['input']>;
}>;


export type SanctionedEmployersQuery = { __typename?: 'Query', sanctionedEmployers?: Array<{ __typename?: 'Employer', id: string, name: string, creditCode: string, district: string, suspended: boolean, suspendedUntil?: string | null, sanctions: Array<{ __typename?: 'EmployerSanction', id: string, status: SanctionStatus, fineCny?: number | null, suspendedUntil?: string | null, reason: string, decidedRole?: string | null, decidedAt?: string | null, forgeryCaseId?: string | null, foundOn?: string | null, createdAt: string }> }> | null };

export type DecideSanctionMutationVariables = Exact<{
  input: RecordSanctionInput;
}>;


export type DecideSanctionMutation = { __typename?: 'Mutation', recordEmployerSanction: { __typename?: 'Employer', id: string, suspendedUntil?: string | null } };

export type ApplicantForgeryCasesQueryVariables = Exact<{
  district?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApplicantForgeryCasesQuery = { __typename?: 'Query', applicantForgeryCases: Array<{ __typename?: 'ApplicantForgeryCase', id: string, district: string, foundOn: string, note: string, status: ForgeryCaseStatus, serious?: boolean | null, bannedUntil?: string | null, decidedRole?: string | null, decidedAt?: string | null, decisionReason?: string | null, appealReason?: string | null, appealUpheld?: boolean | null }> };

export type VerificationTaskPartsFragment = { __typename?: 'VerificationTask', id: string, caseId: string, district: string, kind: VerificationTaskKind, archiveMode?: ArchiveRetrievalMode | null, automated: boolean, status: VerificationTaskStatus, reason?: string | null, note?: string | null, forgedMaterial: boolean, requestedAt?: string | null, archiveArrivedOn?: string | null, letterReturnedOn?: string | null, completedManually: boolean, completedAt?: string | null, version: number, createdAt: string };

export type RecordArchiveArrivalMutationVariables = Exact<{
  input: RecordArchiveArrivalInput;
}>;


export type RecordArchiveArrivalMutation = { __typename?: 'Mutation', recordArchiveArrival: { __typename?: 'VerificationTask', id: string, caseId: string, district: string, kind: VerificationTaskKind, archiveMode?: ArchiveRetrievalMode | null, automated: boolean, status: VerificationTaskStatus, reason?: string | null, note?: string | null, forgedMaterial: boolean, requestedAt?: string | null, archiveArrivedOn?: string | null, letterReturnedOn?: string | null, completedManually: boolean, completedAt?: string | null, version: number, createdAt: string } };

export type CompleteVerificationTaskMutationVariables = Exact<{
  input: CompleteVerificationTaskInput;
}>;


export type CompleteVerificationTaskMutation = { __typename?: 'Mutation', completeVerificationTask: { __typename?: 'VerificationTask', id: string, caseId: string, district: string, kind: VerificationTaskKind, archiveMode?: ArchiveRetrievalMode | null, automated: boolean, status: VerificationTaskStatus, reason?: string | null, note?: string | null, forgedMaterial: boolean, requestedAt?: string | null, archiveArrivedOn?: string | null, letterReturnedOn?: string | null, completedManually: boolean, completedAt?: string | null, version: number, createdAt: string } };

export type VerificationTasksQueryVariables = Exact<{
  filter?: InputMaybe<VerificationTaskFilter>;
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type VerificationTasksQuery = { __typename?: 'Query', verificationTasks?: { __typename?: 'VerificationTaskPage', endCursor?: string | null, hasNextPage: boolean, items: Array<{ __typename?: 'VerificationTask', id: string, caseId: string, district: string, kind: VerificationTaskKind, archiveMode?: ArchiveRetrievalMode | null, automated: boolean, status: VerificationTaskStatus, reason?: string | null, note?: string | null, forgedMaterial: boolean, requestedAt?: string | null, archiveArrivedOn?: string | null, letterReturnedOn?: string | null, completedManually: boolean, completedAt?: string | null, version: number, createdAt: string }> } | null };

export type TaskCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TaskCaseQuery = { __typename?: 'Query', verificationCase?: { __typename?: 'VerificationCase', id: string, district: string, receiptNo?: string | null, acceptedOn: string, archiveHolder: string } | null };

export type VerifyPointsNoticeQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type VerifyPointsNoticeQuery = { __typename?: 'Query', verifyPointsNotice?: { __typename?: 'PointsNoticeVerification', valid: boolean, holderName?: string | null, validUntil?: string | null, district?: string | null, districtName?: string | null, documentNo?: string | null } | null };

export const ApplicationMovedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationMoved"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<ApplicationMovedFragment, unknown>;
export const GeneratedFilePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GeneratedFileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneratedFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<GeneratedFilePartsFragment, unknown>;
export const ScoreResultPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<ScoreResultPartsFragment, unknown>;
export const ExcludedMonthPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcludedMonthParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcludedMonth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<ExcludedMonthPartsFragment, unknown>;
export const SimulatedScorePartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimulatedScoreParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimulatedScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]} as unknown as DocumentNode<SimulatedScorePartsFragment, unknown>;
export const QueueRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"archiveDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<QueueRowFragment, unknown>;
export const VerificationTaskPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationTaskParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archiveMode"}},{"kind":"Field","name":{"kind":"Name","value":"automated"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"forgedMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archiveArrivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"letterReturnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedManually"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<VerificationTaskPartsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"district"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RuleSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"averageMonthlyWage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCny"}}]}}]}}]}}]} as unknown as DocumentNode<RuleSetsQuery, RuleSetsQueryVariables>;
export const AddRuleSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRuleSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRuleSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]} as unknown as DocumentNode<AddRuleSetMutation, AddRuleSetMutationVariables>;
export const SetAverageMonthlyWageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAverageMonthlyWage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAverageMonthlyWageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAverageMonthlyWage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"averageMonthlyWage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyCny"}}]}}]}}]}}]} as unknown as DocumentNode<SetAverageMonthlyWageMutation, SetAverageMonthlyWageMutationVariables>;
export const FailedMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedMessages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedMessages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"templateCode"}},{"kind":"Field","name":{"kind":"Name","value":"recipientRole"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureReason"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<FailedMessagesQuery, FailedMessagesQueryVariables>;
export const ResendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ResendMessageMutation, ResendMessageMutationVariables>;
export const FailedVerificationJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedVerificationJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedVerificationJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"failedReason"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsMade"}},{"kind":"Field","name":{"kind":"Name","value":"failedAt"}}]}}]}}]} as unknown as DocumentNode<FailedVerificationJobsQuery, FailedVerificationJobsQueryVariables>;
export const RetryVerificationJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryVerificationJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retryVerificationJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobId"}}]}}]}}]} as unknown as DocumentNode<RetryVerificationJobMutation, RetryVerificationJobMutationVariables>;
export const CalendarYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calendarYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"holidays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workdays"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"documentRef"}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statutoryDaysOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CalendarYearQuery, CalendarYearQueryVariables>;
export const PublishCalendarYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCalendarYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishCalendarYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCalendarYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}}]}}]}}]} as unknown as DocumentNode<PublishCalendarYearMutation, PublishCalendarYearMutationVariables>;
export const AppealListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppealList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appealList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestedRole"}},{"kind":"Field","name":{"kind":"Name","value":"currentTotal"}},{"kind":"Field","name":{"kind":"Name","value":"firstReviewer"}},{"kind":"Field","name":{"kind":"Name","value":"firstReviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"proposedDelta"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<AppealListQuery, AppealListQueryVariables>;
export const ReviewAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"proposedDelta"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"proposedDelta"},"value":{"kind":"Variable","name":{"kind":"Name","value":"proposedDelta"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReviewAppealMutation, ReviewAppealMutationVariables>;
export const DecideAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"uphold"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"uphold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"uphold"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DecideAppealMutation, DecideAppealMutationVariables>;
export const MyApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"renewalWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endorsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]} as unknown as DocumentNode<MyApplicationsQuery, MyApplicationsQueryVariables>;
export const ApplicationDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"permitEndorsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"renewalWindow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endorsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"employerApprovedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"materialsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"totalPoints"}},{"kind":"Field","name":{"kind":"Name","value":"correctedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"archiveDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"documentNo"}},{"kind":"Field","name":{"kind":"Name","value":"verificationCode"}},{"kind":"Field","name":{"kind":"Name","value":"verifyUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"hukouPlace"}},{"kind":"Field","name":{"kind":"Name","value":"maritalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"residencePermit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"contractStart"}},{"kind":"Field","name":{"kind":"Name","value":"contractEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"educationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"school"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"graduationDate"}},{"kind":"Field","name":{"kind":"Name","value":"fullTime"}},{"kind":"Field","name":{"kind":"Name","value":"overseas"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"qualifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNo"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"matchesPosition"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialInsurance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"base"}},{"kind":"Field","name":{"kind":"Name","value":"backPaid"}},{"kind":"Field","name":{"kind":"Name","value":"payerMatchesContract"}},{"kind":"Field","name":{"kind":"Name","value":"baseMatchesTax"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bonusClaims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entrepreneur"}},{"kind":"Field","name":{"kind":"Name","value":"innovationIntermediary"}},{"kind":"Field","name":{"kind":"Name","value":"shortageMajor"}},{"kind":"Field","name":{"kind":"Name","value":"averageAnnualTaxCny"}},{"kind":"Field","name":{"kind":"Name","value":"averageAnnualLocalHires"}},{"kind":"Field","name":{"kind":"Name","value":"publicServiceYears"}},{"kind":"Field","name":{"kind":"Name","value":"remoteSuburbYears"}},{"kind":"Field","name":{"kind":"Name","value":"freshGraduate"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}},{"kind":"Field","name":{"kind":"Name","value":"spouseHukouMarriageDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coResidents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"highSchoolEnrolmentProof"}}]}},{"kind":"Field","name":{"kind":"Name","value":"archiveLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noFamilyPlanningViolation"}},{"kind":"Field","name":{"kind":"Name","value":"noCriminalRecord"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"simulatedScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimulatedScoreParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreResultParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcludedMonthParts"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"appeals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNote"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimulatedScoreParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimulatedScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcludedMonthParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcludedMonth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<ApplicationDetailQuery, ApplicationDetailQueryVariables>;
export const SaveApplicationFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveApplicationForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"form"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFormInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateApplicationForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"form"},"value":{"kind":"Variable","name":{"kind":"Name","value":"form"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"simulatedScore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SimulatedScoreParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SimulatedScoreParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimulatedScore"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]} as unknown as DocumentNode<SaveApplicationFormMutation, SaveApplicationFormMutationVariables>;
export const SubmitToEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitToEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitToEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationMoved"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationMoved"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<SubmitToEmployerMutation, SubmitToEmployerMutationVariables>;
export const ApproveAndSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveAndSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveAndSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationMoved"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationMoved"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<ApproveAndSubmitMutation, ApproveAndSubmitMutationVariables>;
export const ReturnToApplicantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnToApplicant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnToApplicant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApplicationMoved"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApplicationMoved"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]} as unknown as DocumentNode<ReturnToApplicantMutation, ReturnToApplicantMutationVariables>;
export const CreateApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CreateApplicationMutation, CreateApplicationMutationVariables>;
export const ApplicationFormPdfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationFormPdf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationFormPdf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GeneratedFileParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GeneratedFileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneratedFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<ApplicationFormPdfQuery, ApplicationFormPdfQueryVariables>;
export const PointsNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PointsNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointsNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GeneratedFileParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GeneratedFileParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GeneratedFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]} as unknown as DocumentNode<PointsNoticeQuery, PointsNoticeQueryVariables>;
export const RequestAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppealRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RequestAppealMutation, RequestAppealMutationVariables>;
export const RequestRejectionAppealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestRejectionAppeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectionAppealRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestRejectionAppeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RequestRejectionAppealMutation, RequestRejectionAppealMutationVariables>;
export const RecordPermitEndorsementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPermitEndorsement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endorsedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPermitEndorsement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"endorsedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endorsedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"permitEndorsedOn"}}]}}]}}]} as unknown as DocumentNode<RecordPermitEndorsementMutation, RecordPermitEndorsementMutationVariables>;
export const EmployerOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmployerOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"sanctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fineCny"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"materialsMissing"}},{"kind":"Field","name":{"kind":"Name","value":"archiveDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmployerOverviewQuery, EmployerOverviewQueryVariables>;
export const ApplicantAccountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicantAccounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"permitDate"}},{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicantAccountsQuery, ApplicantAccountsQueryVariables>;
export const CreateApplicantAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApplicantAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApplicantAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApplicantAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateApplicantAccountMutation, CreateApplicantAccountMutationVariables>;
export const ReleaseApplicantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseApplicant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReleaseApplicantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseApplicant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"employerId"}}]}}]}}]} as unknown as DocumentNode<ReleaseApplicantMutation, ReleaseApplicantMutationVariables>;
export const OfficerApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"scoringStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"scoringFailure"}},{"kind":"Field","name":{"kind":"Name","value":"revocationRequest"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerApplicationQuery, OfficerApplicationQueryVariables>;
export const CaseOfApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseOfApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationCaseOfApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archiveHolder"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationTaskParts"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationTaskParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archiveMode"}},{"kind":"Field","name":{"kind":"Name","value":"automated"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"forgedMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archiveArrivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"letterReturnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedManually"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CaseOfApplicationQuery, CaseOfApplicationQueryVariables>;
export const AcceptApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}}]}}]}}]} as unknown as DocumentNode<AcceptApplicationMutation, AcceptApplicationMutationVariables>;
export const RequestMaterialsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMaterials"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"missing"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMaterials"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"missing"},"value":{"kind":"Variable","name":{"kind":"Name","value":"missing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"materialsMissing"}}]}}]}}]} as unknown as DocumentNode<RequestMaterialsMutation, RequestMaterialsMutationVariables>;
export const RejectApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RejectApplicationMutation, RejectApplicationMutationVariables>;
export const RevokeApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"employerRequest"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"employerRequest"},"value":{"kind":"Variable","name":{"kind":"Name","value":"employerRequest"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<RevokeApplicationMutation, RevokeApplicationMutationVariables>;
export const ApplicantByResidentIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantByResidentId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationsByResidentId"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"residentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"residentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"applicantId"}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ApplicantByResidentIdQuery, ApplicantByResidentIdQueryVariables>;
export const ApplicantAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"district"}}]}}]}}]} as unknown as DocumentNode<ApplicantAccountQuery, ApplicantAccountQueryVariables>;
export const ResetApplicantPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetApplicantPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetApplicantPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetApplicantPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResetApplicantPasswordMutation, ResetApplicantPasswordMutationVariables>;
export const DistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DistrictsQuery, DistrictsQueryVariables>;
export const RegisterEmployerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterEmployer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterEmployerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerEmployer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"employerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"hrUsernames"}}]}}]}}]} as unknown as DocumentNode<RegisterEmployerMutation, RegisterEmployerMutationVariables>;
export const RegistrationQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegistrationQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registrationReviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisationType"}},{"kind":"Field","name":{"kind":"Name","value":"establishment"}},{"kind":"Field","name":{"kind":"Name","value":"licenceKind"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"socialInsuranceNo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<RegistrationQueueQuery, RegistrationQueueQueryVariables>;
export const ReviewRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRegistrationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewEmployerRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReviewRegistrationMutation, ReviewRegistrationMutationVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewQueueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QueueRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewQueueCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QueueRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficer"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"archiveDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scoringDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"provisional"}}]}},{"kind":"Field","name":{"kind":"Name","value":"employer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"form"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ClaimApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficer"}}]}}]}}]} as unknown as DocumentNode<ClaimApplicationMutation, ClaimApplicationMutationVariables>;
export const DistrictNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DistrictNamesQuery, DistrictNamesQueryVariables>;
export const SimulateScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimulateScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"profile"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simulateScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"profile"},"value":{"kind":"Variable","name":{"kind":"Name","value":"profile"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"standard"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"vetoed"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSetVersion"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreResultParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedMonths"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcludedMonthParts"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreResultParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcludedMonthParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcludedMonth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<SimulateScoreQuery, SimulateScoreQueryVariables>;
export const StatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Statistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"district"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"district"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"byDistrictAndState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"week"}},{"kind":"Field","name":{"kind":"Name","value":"isoWeek"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"medianWorkingDaysToDecision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionsMeasured"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedByReason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StatisticsQuery, StatisticsQueryVariables>;
export const DistrictOfficersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districtOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<DistrictOfficersQuery, DistrictOfficersQueryVariables>;
export const AssignApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficer"}}]}}]}}]} as unknown as DocumentNode<AssignApplicationMutation, AssignApplicationMutationVariables>;
export const SanctionedEmployersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SanctionedEmployers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"district"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sanctionedEmployers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"district"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"suspended"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"sanctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fineCny"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"forgeryCaseId"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<SanctionedEmployersQuery, SanctionedEmployersQueryVariables>;
export const DecideSanctionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideSanction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSanctionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEmployerSanction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}}]}}]}}]} as unknown as DocumentNode<DecideSanctionMutation, DecideSanctionMutationVariables>;
export const ApplicantForgeryCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicantForgeryCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"district"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicantForgeryCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"district"},"value":{"kind":"Variable","name":{"kind":"Name","value":"district"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"bannedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"decidedRole"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"appealReason"}},{"kind":"Field","name":{"kind":"Name","value":"appealUpheld"}}]}}]}}]} as unknown as DocumentNode<ApplicantForgeryCasesQuery, ApplicantForgeryCasesQueryVariables>;
export const RecordArchiveArrivalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordArchiveArrival"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordArchiveArrivalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordArchiveArrival"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationTaskParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationTaskParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archiveMode"}},{"kind":"Field","name":{"kind":"Name","value":"automated"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"forgedMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archiveArrivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"letterReturnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedManually"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RecordArchiveArrivalMutation, RecordArchiveArrivalMutationVariables>;
export const CompleteVerificationTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteVerificationTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteVerificationTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeVerificationTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationTaskParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationTaskParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archiveMode"}},{"kind":"Field","name":{"kind":"Name","value":"automated"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"forgedMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archiveArrivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"letterReturnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedManually"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CompleteVerificationTaskMutation, CompleteVerificationTaskMutationVariables>;
export const VerificationTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerificationTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationTaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VerificationTaskParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VerificationTaskParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VerificationTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"archiveMode"}},{"kind":"Field","name":{"kind":"Name","value":"automated"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"forgedMaterial"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archiveArrivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"letterReturnedOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedManually"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<VerificationTasksQuery, VerificationTasksQueryVariables>;
export const TaskCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verificationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"receiptNo"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"archiveHolder"}}]}}]}}]} as unknown as DocumentNode<TaskCaseQuery, TaskCaseQueryVariables>;
export const VerifyPointsNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VerifyPointsNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyPointsNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"documentNo"}}]}}]}}]} as unknown as DocumentNode<VerifyPointsNoticeQuery, VerifyPointsNoticeQueryVariables>;