import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { districtScopeOf, Role, type AuthUser } from '@points/auth';
import { Application } from './application.entity';
import { ApplicationException, ApplicationExceptionCode } from './application.exception';

@Injectable()
export class ApplicationsService {
  constructor(@InjectRepository(Application) private readonly applications: Repository<Application>) {}

  /** Limits a query to what the caller may see: district, own employer, or self. */
  private scoped(user: AuthUser): SelectQueryBuilder<Application> {
    const query = this.applications.createQueryBuilder('a');
    const district = districtScopeOf(user);
    if (district) query.andWhere('a.district = :district', { district });
    if (user.role === Role.EMPLOYER_HR)
      query.andWhere('a.employer_id = :employerId', { employerId: user.employerId });
    if (user.role === Role.APPLICANT)
      query.andWhere('a.applicant_id = :applicantId', { applicantId: user.applicantId });
    return query;
  }

  async findVisible(user: AuthUser, id: string): Promise<Application> {
    const application = await this.scoped(user).andWhere('a.id = :id', { id }).getOne();
    if (!application) {
      throw new ApplicationException(
        ApplicationExceptionCode.APPLICATION_NOT_FOUND,
        `No application ${id} you can see`,
      );
    }
    return application;
  }

  /** An employer's applications as the caller may see them, newest first. */
  listForEmployer(user: AuthUser, employerId: string, limit = 50): Promise<Application[]> {
    return this.scoped(user)
      .andWhere('a.employer_id = :forEmployer', { forEmployer: employerId })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit)
      .getMany();
  }
}
