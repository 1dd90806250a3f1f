import { Module } from '@nestjs/common';
import { RuleSetsResolver } from './rule-sets.resolver';
import { RuleSetsService } from './rule-sets.service';

@Module({
  providers: [RuleSetsResolver, RuleSetsService],
  exports: [RuleSetsService],
})
export class RuleSetsModule {}
