import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { districtScopeOf, type AuthUser } from '@points/auth';
import { toShanghaiDate } from '@points/calendar';
import { validateIsoDate } from '@points/validation';
import { updateReturning } from '@points/db';
import type { RecordCertificatesReturnedInput } from './dto/verification-case.dto';
import { VerificationCase } from './verification-case.entity';
import { VerificationCaseException, VerificationCaseExceptionCode } from './verification-case.exception';
import { isUuid } from '@points/validation';

const S = 'archive_verification';

@Injectable()
export class VerificationCasesService {
  constructor(@InjectRepository(VerificationCase) private readonly cases: Repository<VerificationCase>) {}

  /** District staff see their district's cases; city verifiers and HRSS see all. */
  async findVisible(user: AuthUser, id: string): Promise<VerificationCase> {
    return this.findOne(user, 'c.id = :id', { id }, id);
  }

  async findByApplication(user: AuthUser, applicationId: string): Promise<VerificationCase> {
    return this.findOne(
      user,
      'c.application_id = :applicationId',
      { applicationId },
      `of application ${applicationId}`,
    );
  }

  /** The original degree certificates went back to the applicant at the window (recorded once). */
  async recordCertificatesReturned(
    user: AuthUser,
    input: RecordCertificatesReturnedInput,
  ): Promise<VerificationCase> {
    if (!validateIsoDate(input.returnedOn).ok) {
      throw new VerificationCaseException(
        VerificationCaseExceptionCode.INVALID_INPUT,
        'returnedOn must be a real date written YYYY-MM-DD',
        { field: 'input.returnedOn', rule: 'DATE_INVALID' },
      );
    }
    if (input.returnedOn > toShanghaiDate(new Date())) {
      throw new VerificationCaseException(
        VerificationCaseExceptionCode.INVALID_INPUT,
        'returnedOn is in the future',
        {
          field: 'input.returnedOn',
          rule: 'NOT_IN_FUTURE',
        },
      );
    }
    if (input.note.length > 1000) {
      throw new VerificationCaseException(
        VerificationCaseExceptionCode.INVALID_INPUT,
        'The note is too long',
        {
          field: 'input.note',
          rule: 'LENGTH',
        },
      );
    }
    const current = await this.findVisible(user, input.caseId);
    if (current.certificatesReturnedOn !== null) {
      throw new VerificationCaseException(
        VerificationCaseExceptionCode.INVALID_INPUT,
        `The certificates were already returned on ${current.certificatesReturnedOn}`,
        { field: 'input.caseId', rule: 'ALREADY_RETURNED' },
      );
    }
    const district = districtScopeOf(user);
    const updated = await updateReturning(
      this.cases,
      `UPDATE ${S}.verification_case
          SET certificates_returned_on = $3, certificates_returned_by = $4, certificates_return_note = $5,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2 AND certificates_returned_on IS NULL
          AND ($6::text IS NULL OR district = $6) RETURNING id`,
      [input.caseId, input.version, input.returnedOn, user.sub, input.note.trim() || null, district],
    );
    if (updated.length === 0) {
      throw new VerificationCaseException(
        VerificationCaseExceptionCode.STALE_VERSION,
        `Case ${input.caseId} changed since you read it`,
        { field: 'input.version' },
      );
    }
    return this.findVisible(user, input.caseId);
  }

  private async findOne(
    user: AuthUser,
    where: string,
    params: Record<string, unknown>,
    what: string,
  ): Promise<VerificationCase> {
    const values = Object.values(params);
    const query = this.cases.createQueryBuilder('c').where(where, params);
    const district = districtScopeOf(user);
    if (district) query.andWhere('c.district = :district', { district });
    const found = values.every((v) => typeof v === 'string' && isUuid(v)) ? await query.getOne() : null;
    if (!found) {
      throw new VerificationCaseException(
        VerificationCaseExceptionCode.CASE_NOT_FOUND,
        `No verification case ${what} you can see`,
      );
    }
    return found;
  }
}
