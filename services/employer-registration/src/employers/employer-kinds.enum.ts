import { registerEnumType } from '@nestjs/graphql';

/** Organisation types that may register (domain.md §1.1). */
export enum OrganisationType {
  /** 企业 */
  ENTERPRISE = 'ENTERPRISE',
  /** 事业单位 */
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  /** 社会团体 */
  SOCIAL_ORGANISATION = 'SOCIAL_ORGANISATION',
  /** 民办非企业单位 */
  PRIVATE_NON_ENTERPRISE = 'PRIVATE_NON_ENTERPRISE',
  /** 人力资源服务机构: needs a licence number. */
  HR_SERVICE_AGENCY = 'HR_SERVICE_AGENCY',
}

/** The licence an HR service agency must give (one of the two). */
export enum LicenceKind {
  /** 人力资源服务许可证 */
  HR_SERVICE_LICENCE = 'HR_SERVICE_LICENCE',
  /** 劳务派遣经营许可证 */
  LABOUR_DISPATCH_LICENCE = 'LABOUR_DISPATCH_LICENCE',
}

/**
 * What kind of establishment registers (domain.md §1.2). Asked explicitly because the credit
 * code cannot tell: the two out-of-town kinds are refused with the reason.
 */
export enum EstablishmentKind {
  /** Registered in Shanghai (工商注册地/社团或民非登记地 in a Shanghai district). */
  SHANGHAI_REGISTERED = 'SHANGHAI_REGISTERED',
  /** 外省市政府、企事业单位在沪设立的办事机构等派出机构 */
  OUT_OF_TOWN_REPRESENTATIVE_OFFICE = 'OUT_OF_TOWN_REPRESENTATIVE_OFFICE',
  /** 本市单位的外省市分支机构 */
  OUT_OF_TOWN_BRANCH = 'OUT_OF_TOWN_BRANCH',
}

export enum ReviewDecision {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(OrganisationType, { name: 'OrganisationType' });
registerEnumType(LicenceKind, { name: 'LicenceKind' });
registerEnumType(EstablishmentKind, { name: 'EstablishmentKind' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
