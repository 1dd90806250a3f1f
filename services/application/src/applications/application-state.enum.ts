import { registerEnumType } from '@nestjs/graphql';

/** Lifecycle of a points application (domain.md §3). */
export enum ApplicationState {
  DRAFT = 'DRAFT',
  EMPLOYER_REVIEW = 'EMPLOYER_REVIEW',
  /** 等待受理 */
  SUBMITTED = 'SUBMITTED',
  MATERIALS_REQUIRED = 'MATERIALS_REQUIRED',
  ARCHIVE_REVIEW = 'ARCHIVE_REVIEW',
  /** 积分核定 */
  SCORING = 'SCORING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** 首次申请 / 积分确认 (renewal) / 情况变化 (change). */
export enum ApplicationKind {
  NEW = 'NEW',
  RENEWAL = 'RENEWAL',
  CHANGE = 'CHANGE',
}

registerEnumType(ApplicationState, { name: 'ApplicationState' });
registerEnumType(ApplicationKind, { name: 'ApplicationKind' });
