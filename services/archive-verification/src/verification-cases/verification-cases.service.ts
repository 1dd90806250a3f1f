import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { districtScopeOf, type AuthUser } from '@points/auth';
import { VerificationCase } from './verification-case.entity';
import { VerificationCaseException, VerificationCaseExceptionCode } from './verification-case.exception';

@Injectable()
export class VerificationCasesService {
  constructor(@InjectRepository(VerificationCase) private readonly cases: Repository<VerificationCase>) {}

  /** District staff see their district's cases; city verifiers and HRSS see all. */
  async findVisible(user: AuthUser, id: string): Promise<VerificationCase> {
    const query = this.cases.createQueryBuilder('c').where('c.id = :id', { id });
    const district = districtScopeOf(user);
    if (district) query.andWhere('c.district = :district', { district });
    const found = await query.getOne();
    if (!found) {
      throw new VerificationCaseException(
        VerificationCaseExceptionCode.CASE_NOT_FOUND,
        `No verification case ${id} you can see`,
      );
    }
    return found;
  }
}
