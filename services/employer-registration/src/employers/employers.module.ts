import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsCoreModule } from '../accounts/accounts-core.module';
import { EmployerHistoryEntry } from '../history/employer-history.entity';
import { EmployerSanction } from '../sanctions/employer-sanction.entity';
import { Employer } from './employer.entity';
import { EmployerLoaderFactory } from './employer.loaders';
import { EmployersResolver } from './employers.resolver';
import { EmployersService } from './employers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Employer, EmployerHistoryEntry, EmployerSanction]), AccountsCoreModule],
  providers: [EmployersResolver, EmployersService, EmployerLoaderFactory],
  exports: [EmployersService],
})
export class EmployersModule {}
