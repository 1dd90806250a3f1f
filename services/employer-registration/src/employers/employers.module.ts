import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Employer } from './employer.entity';
import { EmployersResolver } from './employers.resolver';
import { EmployersService } from './employers.service';

@Module({
  imports: [TypeOrmModule.forFeature([Employer])],
  providers: [EmployersResolver, EmployersService],
  exports: [EmployersService],
})
export class EmployersModule {}
