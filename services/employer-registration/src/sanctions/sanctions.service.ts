import { Inject, Injectable } from '@nestjs/common';
import type { AuthUser } from '@points/auth';
import { OutboxService } from '@points/subgraph';
import { isoDateSchema } from '@points/validation';
import { z } from 'zod';
import { CLOCK, todayOf, type Clock } from '../common/clock';
import { isUuid } from '../common/cursor.util';
import { addYears } from '../common/dates.util';
import { invalidInput, parseInput } from '../common/input.util';
import type { Employer } from '../employers/employer.entity';
import { EmployerException, EmployerExceptionCode } from '../employers/employer.exception';
import { statusChangedPayload } from '../employers/employer-standing.util';
import { EmployersService } from '../employers/employers.service';
import { EmployerHistoryAction } from '../history/employer-history.entity';
import type { RecordSanctionInput } from './dto/record-sanction.input';
import { EmployerSanction, SanctionStatus } from './employer-sanction.entity';

export const FINE_MIN_CNY = 30_000;
export const FINE_MAX_CNY = 50_000;
export const MAX_SUSPENSION_YEARS = 3;

const sanctionSchema = z.object({
  fineCny: z
    .number()
    .int('must be a whole number of yuan')
    .min(FINE_MIN_CNY, `must be from ${FINE_MIN_CNY} to ${FINE_MAX_CNY} CNY`)
    .max(FINE_MAX_CNY, `must be from ${FINE_MIN_CNY} to ${FINE_MAX_CNY} CNY`),
  suspendedUntil: isoDateSchema.nullish(),
  reason: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters long'),
});

@Injectable()
export class SanctionsService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly employers: EmployersService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** HRSS, or a supervisor of the employer's district, records a forgery sanction. */
  async record(user: AuthUser, raw: RecordSanctionInput): Promise<Employer> {
    const input = parseInput(sanctionSchema, raw);
    const today = todayOf(this.clock);
    const now = this.clock.now();
    const until = input.suspendedUntil ?? null;
    if (until !== null && until <= today) {
      throw invalidInput(
        'input.suspendedUntil',
        'NOT_IN_FUTURE',
        'Suspended until must be a date after today',
      );
    }
    const latest = addYears(today, MAX_SUSPENSION_YEARS);
    if (until !== null && until > latest) {
      throw invalidInput(
        'input.suspendedUntil',
        'SUSPENSION_TOO_LONG',
        `Suspended until must be at most ${MAX_SUSPENSION_YEARS} years ahead (${latest} at the latest)`,
      );
    }
    if (raw.forgeryCaseId && !isUuid(raw.forgeryCaseId)) {
      throw invalidInput('input.forgeryCaseId', 'FORMAT', 'Forgery case id must be an id this API returned');
    }
    return this.outbox.transaction(async (manager, publish) => {
      const employer = await this.employers.findVisibleWith(manager, user, raw.employerId);
      const decision = {
        status: SanctionStatus.DECIDED,
        fineCny: input.fineCny,
        suspendedUntil: until,
        reason: input.reason,
        decidedBy: user.sub,
        decidedRole: user.role,
        decidedAt: now,
      };
      const sanctions = manager.getRepository(EmployerSanction);
      if (raw.forgeryCaseId) {
        const result = await sanctions.update(
          {
            employerId: employer.id,
            forgeryCaseId: raw.forgeryCaseId,
            status: SanctionStatus.PENDING_DECISION,
          },
          decision,
        );
        if (result.affected !== 1) {
          throw new EmployerException(
            EmployerExceptionCode.FORGERY_CASE_NOT_FOUND,
            'No pending forgery case with this id on this employer',
            { field: 'input.forgeryCaseId' },
          );
        }
      } else {
        await sanctions.insert({ employerId: employer.id, createdAt: now, ...decision });
      }
      let current = employer;
      const extends_ =
        until !== null && (employer.suspendedUntil === null || until > employer.suspendedUntil);
      if (extends_) {
        current = await this.employers.updateAtVersion(manager, employer, employer.version, {
          suspendedUntil: until,
        });
      }
      await this.employers.recordHistory(manager, employer.id, EmployerHistoryAction.SANCTIONED, user, now, {
        reason: `fine ${input.fineCny} CNY${until ? `, suspended until ${until}` : ''}: ${input.reason}`,
      });
      if (extends_) {
        await publish('employer.status-changed', `employer:${current.id}`, statusChangedPayload(current));
      }
      return current;
    });
  }
}
