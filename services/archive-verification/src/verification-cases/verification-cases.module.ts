import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { VerificationTasksModule } from '../verification-tasks/verification-tasks.module';
import { VerificationCase } from './verification-case.entity';
import { VerificationCaseLoaderFactory } from './verification-case.loaders';
import { VerificationCasesResolver } from './verification-cases.resolver';
import { VerificationCasesService } from './verification-cases.service';

@Module({
  imports: [TypeOrmModule.forFeature([VerificationCase]), VerificationTasksModule],
  providers: [VerificationCasesResolver, VerificationCasesService, VerificationCaseLoaderFactory],
})
export class VerificationCasesModule {}
