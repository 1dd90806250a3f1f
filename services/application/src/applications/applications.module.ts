import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmployerApplicationsResolver } from '../employers/employer-applications.resolver';
import { Application } from './application.entity';
import { ApplicationsResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';

@Module({
  imports: [TypeOrmModule.forFeature([Application])],
  providers: [ApplicationsResolver, ApplicationsService, EmployerApplicationsResolver],
  exports: [ApplicationsService],
})
export class ApplicationsModule {}
