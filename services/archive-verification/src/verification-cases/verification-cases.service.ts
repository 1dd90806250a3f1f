import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { districtScopeOf, type AuthUser } from '@points/auth';
import { toShanghaiDate } from '@points/calendar';
import { isUuid, validateIsoDate } from '@points/validation';
import type { RecordCertificatesReturnedInput } from './dto/verification-case.dto';
import type { VerificationCase } from './verification-case.entity';
import { VerificationCaseException, VerificationCaseExceptionCode } from './verification-case.exception';
import { VerificationCaseRepository } from './verification-case.repository';

@Injectable()
export class VerificationCasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cases: VerificationCaseRepository,
  ) {}

  /** District staff see their district's cases; city verifiers and HRSS see all. */
  async findVisible(user: AuthUser, id: string): Promise<VerificationCase> {
    return this.findOne(user, { id }, id);
  }

  /**
   * Several cases in one query (the gateway's references for a page), in the order asked, scoped
   * as findVisible: an id the caller may not see, that does not exist or is malformed is its own
   * CASE_NOT_FOUND, so one refused item does not fail the others.
   */
  async findManyVisible(
    user: AuthUser,
    ids: readonly string[],
  ): Promise<Array<VerificationCase | VerificationCaseException>> {
    const valid = [...new Set(ids.filter((id) => isUuid(id)))];
    const rows = valid.length > 0 ? await this.cases.visibleMany(this.dataSource.manager, user, valid) : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? this.notFound(id));
  }

  async findByApplication(user: AuthUser, applicationId: string): Promise<VerificationCase> {
    return this.findOne(user, { applicationId }, `of application ${applicationId}`);
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
    const updated = await this.cases.amend(this.dataSource.manager, {
      caseId: input.caseId,
      expectedVersion: input.version,
      district: districtScopeOf(user),
      patch: {
        certificatesReturnedOn: input.returnedOn,
        certificatesReturnedBy: user.sub,
        certificatesReturnNote: input.note.trim() || null,
      },
      whileUnset: ['certificatesReturnedOn'],
    });
    if (!updated) {
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
    by: { id: string } | { applicationId: string },
    what: string,
  ): Promise<VerificationCase> {
    const found = Object.values(by).every((v) => isUuid(v))
      ? await this.cases.visible(this.dataSource.manager, user, by)
      : null;
    if (!found) throw this.notFound(what);
    return found;
  }

  private notFound(what: string): VerificationCaseException {
    return new VerificationCaseException(
      VerificationCaseExceptionCode.CASE_NOT_FOUND,
      `No verification case ${what} you can see`,
    );
  }
}
