import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { districtScopeOf, Role, type AuthUser } from '@points/auth';
import { Employer } from './employer.entity';
import { EmployerException, EmployerExceptionCode } from './employer.exception';

@Injectable()
export class EmployersService {
  constructor(@InjectRepository(Employer) private readonly employers: Repository<Employer>) {}

  /**
   * An employer as the caller may see it. Scoping is in the query itself: centre staff only
   * their district, HR only their own employer, applicants none. Out of scope reads as not found,
   * so ids of other districts' employers reveal nothing.
   */
  async findVisible(user: AuthUser, id: string): Promise<Employer> {
    const query = this.employers.createQueryBuilder('e').where('e.id = :id', { id });
    const district = districtScopeOf(user);
    if (district) query.andWhere('e.district = :district', { district });
    if (user.role === Role.EMPLOYER_HR) query.andWhere('e.id = :own', { own: user.employerId });
    if (user.role === Role.APPLICANT) query.andWhere('false');
    const employer = await query.getOne();
    if (!employer)
      throw new EmployerException(EmployerExceptionCode.EMPLOYER_NOT_FOUND, `No employer ${id} you can see`);
    return employer;
  }
}
