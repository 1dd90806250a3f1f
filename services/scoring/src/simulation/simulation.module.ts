import { Module } from '@nestjs/common';
import { RuleSetsModule } from '../rule-sets/rule-sets.module';
import { SimulationResolver } from './simulation.resolver';

@Module({ imports: [RuleSetsModule], providers: [SimulationResolver] })
export class SimulationModule {}
