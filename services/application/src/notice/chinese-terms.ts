import {
  APPLICATION_KIND,
  ARCHIVE_HOLDER_KIND,
  AWARD_LEVEL,
  CO_RESIDENT_RELATION,
  DIPLOMA_LEVEL,
  MARITAL_STATUS,
  QUALIFICATION_LEVEL,
  SEX,
} from '@points/terms';
import type { AwardLevel, EducationLevel, QualificationLevel } from '@points/scoring-engine';
import type { ApplicationKind } from '../applications/application-state.enum';
import type {
  ArchiveHolderKind,
  CoResidentRelation,
  MaritalStatus,
  Sex,
} from '../applications/application-form.model';

// The printed documents' words: the shared table of official terms (libs/terms, the console's
// too), checked here against this service's enums so a new value fails the type check until it
// has its term.
type Zh<T extends string> = Readonly<Record<T, readonly [string, string]>>;

const TABLES = {
  kind: APPLICATION_KIND satisfies Zh<ApplicationKind>,
  diploma: DIPLOMA_LEVEL satisfies Zh<EducationLevel>,
  qualification: QUALIFICATION_LEVEL satisfies Zh<QualificationLevel>,
  award: AWARD_LEVEL satisfies Zh<AwardLevel>,
  relation: CO_RESIDENT_RELATION satisfies Zh<CoResidentRelation>,
  marital: MARITAL_STATUS satisfies Zh<MaritalStatus>,
  archiveHolder: ARCHIVE_HOLDER_KIND satisfies Zh<ArchiveHolderKind>,
  sex: SEX satisfies Zh<Sex>,
};

/** The official Chinese term of an enum value on a printed document; blank when not given. */
export function zh(table: keyof typeof TABLES, value: string | null | undefined): string {
  if (!value) return '';
  const terms = TABLES[table] as Readonly<Record<string, readonly [string, string]>>;
  return terms[value]?.[0] ?? value;
}

/** 2026-12-01 → 2026年12月1日, as dates are written on Shanghai's documents. */
export function chineseDate(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso ?? '');
  if (!match) return iso ?? '';
  const [, year, month, day] = match;
  return day ? `${year}年${Number(month)}月${Number(day)}日` : `${year}年${Number(month)}月`;
}
