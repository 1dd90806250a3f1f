import { registerEnumType } from '@nestjs/graphql';
import {
  AwardLevel,
  EducationLevel,
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

export { AwardLevel, EducationLevel, MonthExclusionReason, QualificationLevel, ScoreIndicator };
