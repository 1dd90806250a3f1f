import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RuleSet } from './rule-set.entity';
import { RuleSetsResolver } from './rule-sets.resolver';

@Module({
  imports: [TypeOrmModule.forFeature([RuleSet])],
  providers: [RuleSetsResolver],
})
export class RuleSetsModule {}
