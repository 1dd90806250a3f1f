import { registerEnumType } from '@nestjs/graphql';
import {
  ApplyCondition,
  AwardLevel,
  EducationLevel,
  EmployerKind,
  EvidenceKind,
  MonthExclusionReason,
  QualificationLevel,
  ScoreIndicator,
} from '@points/scoring-engine';

// The contract's enums are the engine's own (names fixed by scoring.md): one definition, no mapping.
registerEnumType(EducationLevel, { name: 'EducationLevel', description: '教育背景' });
registerEnumType(QualificationLevel, { name: 'QualificationLevel', description: '专业技术职称和技能等级' });
registerEnumType(AwardLevel, { name: 'AwardLevel', description: '表彰奖励' });
registerEnumType(ScoreIndicator, { name: 'ScoreIndicator', description: '积分指标' });
registerEnumType(MonthExclusionReason, {
  name: 'MonthExclusionReason',
  description: 'Why a social-insurance month does not count',
});

registerEnumType(ApplyCondition, {
  name: 'ApplyCondition',
  description: '第二条 / 第十三条: a condition for applying at all, beside the score',
});
// The same enum as employer-registration's (same name, same values): one type in the supergraph.
registerEnumType(EmployerKind, { name: 'EstablishmentKind' });
registerEnumType(EvidenceKind, { name: 'EvidenceKind', description: 'What a counted fact rests on' });

export {
  ApplyCondition,
  EmployerKind,
  EvidenceKind,
  AwardLevel,
  EducationLevel,
  MonthExclusionReason,
  QualificationLevel,
  ScoreIndicator,
};
